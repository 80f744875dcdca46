using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>The result of <c>find_duplicates</c> (an addition; SugarCRM has no such operation).</summary>
[XmlType("find_duplicates_result", Namespace = SugarNamespace.Value)]
public sealed class FindDuplicatesResult
{
    [XmlElement("result_count", Order = 1)]
    public int ResultCount { get; set; }

    [XmlArray("entry_list", Order = 2)]
    [XmlArrayItem("duplicate_entry")]
    public DuplicateEntry[] EntryList { get; set; } = [];
}
