using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>link_list2</c>: the links of one entry, parallel to <c>entry_list</c>.</summary>
[XmlType("link_list2", Namespace = SugarNamespace.Value)]
public sealed class LinkList2
{
    [XmlArray("link_list", Order = 1)]
    [XmlArrayItem("link_name_value")]
    public LinkNameValue[] LinkList { get; set; } = [];
}
