using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

public sealed class RecordChangeLogTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Store_LogsCommittedWritesInOrder_AndNothingOfARolledBackTransaction()
    {
        using var store = _database.OpenStore();
        var first = StoreRecords.Lead("Trần");
        var second = StoreRecords.Lead("Lê");
        var start = store.RecordVersion;

        store.Insert(first);
        store.InTransaction(() =>
        {
            store.Insert(second);
            first["title"] = "Kế toán";
            store.Update(first);
            return 0;
        });
        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>(() =>
        {
            store.Insert(StoreRecords.Lead("Rolled back"));
            throw new InvalidOperationException("abort");
        }));

        var changes = store.RecordChangesSince(start)!;
        Assert.Equal(start + 3, store.RecordVersion);
        Assert.Equal(store.RecordVersion, changes.Version);
        Assert.Equal([new RecordKey("Leads", first.Id), new RecordKey("Leads", second.Id), new RecordKey("Leads", first.Id)], changes.Records);
        Assert.Empty(store.RecordChangesSince(store.RecordVersion)!.Records);
    }

    [Fact]
    public void Since_FurtherBackThanTheLogKeeps_IsNull()
    {
        var log = new RecordChangeLog(capacity: 4);
        log.Append([.. Enumerable.Range(0, 6).Select(i => new RecordKey("Leads", $"id{i}"))]);

        Assert.Null(log.Since(1));
        Assert.Null(log.Since(7));
        Assert.Equal(["id2", "id3", "id4", "id5"], log.Since(2)!.Records.Select(k => k.Id));
        Assert.Equal(6, log.Since(2)!.Version);
    }
}
