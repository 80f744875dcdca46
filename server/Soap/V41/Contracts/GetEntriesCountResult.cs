using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>get_entries_count_result</c>.</summary>
[XmlType("get_entries_count_result", Namespace = SugarNamespace.Value)]
public sealed class GetEntriesCountResult
{
    [XmlElement("result_count", Order = 1)]
    public int ResultCount { get; set; }
}
