using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>Records written straight to the store, bypassing services (the store must keep whatever it is given).</summary>
internal static class StoreRecords
{
    public static CrmRecord Lead(string lastName, string? id = null) => Person("Leads", lastName, id);

    /// <summary>A contact: unlike Leads, Contacts keep a store index on their names (FindByKey by last_name).</summary>
    public static CrmRecord Contact(string lastName, string? id = null) => Person("Contacts", lastName, id);

    private static CrmRecord Person(string module, string lastName, string? id) => new(module, new Dictionary<string, string?>
    {
        [CommonFields.Id] = id ?? Guid.NewGuid().ToString(),
        ["last_name"] = lastName,
        [CommonFields.Deleted] = "0",
        [CommonFields.DateEntered] = "2026-03-02 08:30:00",
    });
}
