using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>get_entry_list_result_version2</c>: one page of a query.</summary>
[XmlType("get_entry_list_result_version2", Namespace = SugarNamespace.Value)]
public sealed class GetEntryListResultVersion2
{
    /// <summary>Records in this page.</summary>
    [XmlElement("result_count", Order = 1)]
    public int ResultCount { get; set; }

    /// <summary>Records matching the query in all.</summary>
    [XmlElement("total_count", Order = 2)]
    public int TotalCount { get; set; }

    /// <summary>offset + result_count, as SugarCRM computes it.</summary>
    [XmlElement("next_offset", Order = 3)]
    public int NextOffset { get; set; }

    [XmlArray("entry_list", Order = 4)]
    [XmlArrayItem("entry_value")]
    public EntryValue[] EntryList { get; set; } = [];

    [XmlArray("relationship_list", Order = 5)]
    [XmlArrayItem("link_list2")]
    public LinkList2[] RelationshipList { get; set; } = [];
}
