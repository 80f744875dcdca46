using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>
/// One existing record in <c>find_duplicates</c> (an addition; SugarCRM has no such type): an
/// <c>entry_value</c> plus the match <c>score</c> and the <c>rule</c> that matched.
/// </summary>
[XmlType("duplicate_entry", Namespace = SugarNamespace.Value)]
public sealed class DuplicateEntry
{
    [XmlElement("id", Order = 1)]
    public string? Id { get; set; }

    [XmlElement("module_name", Order = 2)]
    public string? ModuleName { get; set; }

    /// <summary>Higher is surer; exact rules score 30, the fuzzy rule its evidence in bits.</summary>
    [XmlElement("score", Order = 3)]
    public double Score { get; set; }

    /// <summary><c>email</c>, <c>name+phone</c>, <c>phone</c>, <c>company</c>, <c>fuzzy</c>, … (the rule's name).</summary>
    [XmlElement("rule", Order = 4)]
    public string? Rule { get; set; }

    /// <summary>A few fields to show the match: names, email, phones, company, lead status.</summary>
    [XmlArray("name_value_list", Order = 5)]
    [XmlArrayItem("name_value")]
    public NameValue[] NameValueList { get; set; } = [];
}
