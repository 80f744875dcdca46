using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>module_list</c> (the <c>get_available_modules</c> result).</summary>
[XmlType("module_list", Namespace = SugarNamespace.Value)]
public sealed class ModuleList
{
    [XmlArray("modules", Order = 1)]
    [XmlArrayItem("module_list_entry")]
    public ModuleListEntry[] Modules { get; set; } = [];
}
