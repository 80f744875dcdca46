using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>Records written straight to the store, bypassing services (the store must keep whatever it is given).</summary>
internal static class StoreRecords
{
    public static CrmRecord Lead(string lastName, string? id = null) => new("Leads", new Dictionary<string, string?>
    {
        [CommonFields.Id] = id ?? Guid.NewGuid().ToString(),
        ["last_name"] = lastName,
        [CommonFields.Deleted] = "0",
        [CommonFields.DateEntered] = "2026-03-02 08:30:00",
    });
}
