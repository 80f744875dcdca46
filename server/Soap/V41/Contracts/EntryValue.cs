using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>entry_value</c>: one record (id, module and its fields).</summary>
[XmlType("entry_value", Namespace = SugarNamespace.Value)]
public sealed class EntryValue
{
    [XmlElement("id", Order = 1)]
    public string? Id { get; set; }

    [XmlElement("module_name", Order = 2)]
    public string? ModuleName { get; set; }

    [XmlArray("name_value_list", Order = 3)]
    [XmlArrayItem("name_value")]
    public NameValue[] NameValueList { get; set; } = [];
}
