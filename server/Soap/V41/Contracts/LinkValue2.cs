using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>link_value2</c>: one related record's fields.</summary>
[XmlType("link_value2", Namespace = SugarNamespace.Value)]
public sealed class LinkValue2
{
    [XmlArray("link_value", Order = 1)]
    [XmlArrayItem("name_value")]
    public NameValue[] LinkValue { get; set; } = [];
}
