using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Benchmarks.Floor;

/// <summary>Stores the submitted fields as they came, with a new id: in the next shared transaction, or in the journal.</summary>
public sealed class StoreFloorService(CrmCore core, JournalFloor journal) : IStoreFloorService
{
    public const string Path = "/bench/floor.svc";

    public async Task<NewSetEntryResult> StoreEntryAsync(string session, string module_name, NameValue[] name_value_list)
    {
        var lead = new CrmRecord("Leads", name_value_list.Select(p => KeyValuePair.Create(p.Name ?? "", p.Value))) { Id = Guid.CreateVersion7().ToString() };
        await core.Committer.RunAsync(() =>
        {
            core.Store.Insert(lead);
            return lead.Id;
        });
        return new NewSetEntryResult { Id = lead.Id };
    }

    public async Task<NewSetEntryResult> JournalEntryAsync(string session, string module_name, NameValue[] name_value_list)
    {
        var id = Guid.CreateVersion7().ToString();
        await journal.AppendAsync(id + "\t" + string.Join('\t', name_value_list.Select(p => p.Name + "=" + p.Value)));
        return new NewSetEntryResult { Id = id };
    }
}
