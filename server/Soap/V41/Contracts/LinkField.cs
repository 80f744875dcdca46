using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>link_field</c>: a link usable in <c>set_relationship</c>/<c>get_relationships</c>.</summary>
[XmlType("link_field", Namespace = SugarNamespace.Value)]
public sealed class LinkField
{
    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlElement("type", Order = 2)]
    public string? Type { get; set; }

    [XmlElement("relationship", Order = 3)]
    public string? Relationship { get; set; }

    [XmlElement("module", Order = 4)]
    public string? Module { get; set; }

    [XmlElement("bean_name", Order = 5)]
    public string? BeanName { get; set; }
}
