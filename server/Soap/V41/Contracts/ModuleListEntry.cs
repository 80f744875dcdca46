using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>module_list_entry</c>.</summary>
[XmlType("module_list_entry", Namespace = SugarNamespace.Value)]
public sealed class ModuleListEntry
{
    [XmlElement("module_key", Order = 1)]
    public string? ModuleKey { get; set; }

    [XmlElement("module_label", Order = 2)]
    public string? ModuleLabel { get; set; }

    [XmlElement("favorite_enabled", Order = 3)]
    public bool FavoriteEnabled { get; set; }

    [XmlArray("acls", Order = 4)]
    [XmlArrayItem("acl_list_entry")]
    public AclListEntry[] Acls { get; set; } = [];
}
