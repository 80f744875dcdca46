using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>
/// <c>get_activity_history_result</c>: one <c>entry_value</c> per activity, oldest first, with
/// <c>module_name</c> its type and name_value pairs name, status, date, date_field,
/// assigned_user_id, assigned_user_name, parent_type, parent_id.
/// </summary>
[XmlType("get_activity_history_result", Namespace = SugarNamespace.Value)]
public sealed class GetActivityHistoryResult
{
    [XmlElement("result_count", Order = 1)]
    public int ResultCount { get; set; }

    [XmlArray("entry_list", Order = 2), XmlArrayItem("entry_value")]
    public EntryValue[] EntryList { get; set; } = [];
}
