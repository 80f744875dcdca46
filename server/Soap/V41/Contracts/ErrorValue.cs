using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>
/// The fault detail of every operation: SugarCRM's error number, its name and a description of
/// what exactly was wrong (naming the field, module or id). Same shape as SugarCRM v1's <c>error_value</c>.
/// </summary>
[XmlType("error_value", Namespace = SugarNamespace.Value)]
[XmlRoot("error_value", Namespace = SugarNamespace.Value)]
public sealed class ErrorValue
{
    [XmlElement("number", Order = 1)]
    public string? Number { get; set; }

    [XmlElement("name", Order = 2)]
    public string? Name { get; set; }

    [XmlElement("description", Order = 3)]
    public string? Description { get; set; }
}
