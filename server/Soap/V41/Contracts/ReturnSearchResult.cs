using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>return_search_result</c>.</summary>
[XmlType("return_search_result", Namespace = SugarNamespace.Value)]
public sealed class ReturnSearchResult
{
    [XmlArray("entry_list", Order = 1)]
    [XmlArrayItem("search_link_name_value")]
    public SearchLinkNameValue[] EntryList { get; set; } = [];
}
