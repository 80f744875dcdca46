using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>link_name_value</c>: the records behind one link of one entry.</summary>
[XmlType("link_name_value", Namespace = SugarNamespace.Value)]
public sealed class LinkNameValue
{
    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlArray("records", Order = 2)]
    [XmlArrayItem("link_value2")]
    public LinkValue2[] Records { get; set; } = [];
}
