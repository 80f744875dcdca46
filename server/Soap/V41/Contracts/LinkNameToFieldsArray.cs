using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>link_name_to_fields_array</c>: a link to follow and the fields to return for it.</summary>
[XmlType("link_name_to_fields_array", Namespace = SugarNamespace.Value)]
public sealed class LinkNameToFieldsArray
{
    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlArray("value", Order = 2)]
    [XmlArrayItem("string")]
    public string[] Value { get; set; } = [];
}
