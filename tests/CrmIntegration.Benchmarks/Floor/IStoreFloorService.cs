using System.ServiceModel;
using System.Xml.Serialization;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Benchmarks.Floor;

/// <summary>
/// The floor under intake: what a durable <c>set_entry</c> costs before any CRM work. It takes
/// <c>set_entry</c>'s message and stores its fields as a Lead through the same group commit and
/// store, acknowledging once durable; no session check, validation, duplicate check, partner_ref
/// lookup, assignment or mail. Intake can never be faster than this on the same machine.
/// </summary>
[ServiceContract(Namespace = SugarNamespace.Value, Name = "benchfloor")]
[XmlSerializerFormat(SupportFaults = true)]
public interface IStoreFloorService
{
    [OperationContract(Name = "store_entry", Action = SugarNamespace.Value + "/store_entry")]
    Task<NewSetEntryResult> StoreEntryAsync(string session, string module_name, [XmlArrayItem("name_value")] NameValue[] name_value_list);

    /// <summary>The floor under any store: the fields appended to a journal file, acknowledged once flushed to disk (<see cref="JournalFloor"/>).</summary>
    [OperationContract(Name = "journal_entry", Action = SugarNamespace.Value + "/journal_entry")]
    Task<NewSetEntryResult> JournalEntryAsync(string session, string module_name, [XmlArrayItem("name_value")] NameValue[] name_value_list);
}
