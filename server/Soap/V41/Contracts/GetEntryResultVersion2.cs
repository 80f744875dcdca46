using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>get_entry_result_version2</c>: entries and, when asked, their related records.</summary>
[XmlType("get_entry_result_version2", Namespace = SugarNamespace.Value)]
public sealed class GetEntryResultVersion2
{
    [XmlArray("entry_list", Order = 1)]
    [XmlArrayItem("entry_value")]
    public EntryValue[] EntryList { get; set; } = [];

    [XmlArray("relationship_list", Order = 2)]
    [XmlArrayItem("link_list2")]
    public LinkList2[] RelationshipList { get; set; } = [];
}
