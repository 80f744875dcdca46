using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>search_link_name_value</c>: one module's hits in <c>search_by_module</c>.</summary>
[XmlType("search_link_name_value", Namespace = SugarNamespace.Value)]
public sealed class SearchLinkNameValue
{
    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlArray("records", Order = 2)]
    [XmlArrayItem("link_value2")]
    public LinkValue2[] Records { get; set; } = [];
}
