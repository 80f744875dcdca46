using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>new_module_fields</c> (the <c>get_module_fields</c> result).</summary>
[XmlType("new_module_fields", Namespace = SugarNamespace.Value)]
public sealed class NewModuleFields
{
    [XmlElement("module_name", Order = 1)]
    public string? ModuleName { get; set; }

    [XmlElement("table_name", Order = 2)]
    public string? TableName { get; set; }

    [XmlArray("module_fields", Order = 3)]
    [XmlArrayItem("field")]
    public Field[] ModuleFields { get; set; } = [];

    [XmlArray("link_fields", Order = 4)]
    [XmlArrayItem("link_field")]
    public LinkField[] LinkFields { get; set; } = [];
}
