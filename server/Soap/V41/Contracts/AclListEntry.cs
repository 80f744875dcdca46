using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>acl_list_entry</c>: whether the user may do an action in a module.</summary>
[XmlType("acl_list_entry", Namespace = SugarNamespace.Value)]
public sealed class AclListEntry
{
    [XmlElement("action", Order = 1)]
    public string? Action { get; set; }

    [XmlElement("access", Order = 2)]
    public bool Access { get; set; }
}
