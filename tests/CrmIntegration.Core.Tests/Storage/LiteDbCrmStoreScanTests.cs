using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Tests.Storage;

public sealed class LiteDbCrmStoreScanTests
{
    [Fact]
    public void Scan_MoreRecordsThanOneBatch_ReturnsEachOnce()
    {
        using var store = LiteDbCrmStore.InMemory(ModuleRegistry.Default);
        var ids = Enumerable.Range(0, 1_234).Select(i => $"lead-{i:D5}").ToList();
        store.InsertMany(ids.Select(id => new CrmRecord("Leads") { Id = id, ["last_name"] = id }));

        var scanned = store.Scan("Leads").Select(r => r.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), scanned.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Scan_StoreWrittenWhileEnumerating_DoesNotDeadlockOrRepeat()
    {
        using var store = LiteDbCrmStore.InMemory(ModuleRegistry.Default);
        store.InsertMany(Enumerable.Range(0, 1_100).Select(i => new CrmRecord("Leads") { Id = $"a-{i:D5}", ["last_name"] = "x" }));

        var seen = new List<string>();
        foreach (var record in store.Scan("Leads"))
        {
            seen.Add(record.Id);
            if (seen.Count == 10)
            {
                // A write from another thread, and an await, while the caller is still enumerating:
                // the gate is not held across yields.
                await Task.Run(() => store.Insert(new CrmRecord("Leads") { Id = "b-00000", ["last_name"] = "y" }))
                    .WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains("b-00000", seen);
    }
}
