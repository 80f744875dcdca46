using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>The store's read cache never shows a value that was not committed, nor a stale one after a write.</summary>
public sealed class RecordCacheTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Get_ReturnsACopy_ChangingItDoesNotChangeTheStore()
    {
        using var store = _database.OpenStore();
        var lead = StoreRecords.Lead("Trần");
        store.Insert(lead);

        store.Get("Leads", lead.Id)!["last_name"] = "changed by a caller";

        Assert.Equal("Trần", store.Get("Leads", lead.Id)!["last_name"]);
    }

    [Fact]
    public void Update_AfterACachedRead_IsSeenByTheNextRead()
    {
        using var store = _database.OpenStore();
        var lead = StoreRecords.Lead("Trần");
        store.Insert(lead);
        var read = store.Get("Leads", lead.Id)!;

        read["last_name"] = "Lê";
        store.Update(read);

        Assert.Equal("Lê", store.Get("Leads", lead.Id)!["last_name"]);
    }

    [Fact]
    public void RolledBackUpdate_ReadInsideTheTransaction_DoesNotStayCached()
    {
        using var store = _database.OpenStore();
        var lead = StoreRecords.Lead("Trần");
        store.Insert(lead);
        store.Get("Leads", lead.Id);

        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>(() =>
        {
            var inside = store.Get("Leads", lead.Id)!;
            inside["last_name"] = "uncommitted";
            store.Update(inside);
            Assert.Equal("uncommitted", store.Get("Leads", lead.Id)!["last_name"]);
            throw new InvalidOperationException("roll back");
        }));

        Assert.Equal("Trần", store.Get("Leads", lead.Id)!["last_name"]);
    }

    [Fact]
    public void WritesOfACommittedTransaction_AreServedAsCommitted_ThoseOfARolledBackOneAreNot()
    {
        // Records written inside a transaction enter the cache at its commit (group commits read
        // them straight back); a caller changing its own object afterwards must not change the copy.
        using var store = _database.OpenStore();
        var kept = StoreRecords.Lead("Trần");
        var dropped = StoreRecords.Lead("Lê");
        store.InTransaction(() =>
        {
            store.Insert(kept);
            kept["last_name"] = "changed after the insert";
            return 0;
        });
        kept["status"] = "changed after the commit";
        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>(() =>
        {
            store.Insert(dropped);
            throw new InvalidOperationException("roll back");
        }));

        var read = store.Get("Leads", kept.Id)!;
        Assert.Equal(("Trần", (string?)null), (read["last_name"], read["status"]));
        Assert.Null(store.Get("Leads", dropped.Id));
    }

    [Fact]
    public void InsertWithNewValues_ReplacesAnEarlierMissOrHit()
    {
        using var store = _database.OpenStore();
        var id = Guid.NewGuid().ToString();

        Assert.Null(store.Get("Leads", id));
        store.Insert(StoreRecords.Lead("Phạm", id));

        Assert.Equal("Phạm", store.Get("Leads", id)!["last_name"]);
    }

    [Fact]
    public async Task ConcurrentReadersAndAWriter_EndOnTheLastCommittedValue()
    {
        using var store = _database.OpenStore();
        var lead = StoreRecords.Lead("v0");
        store.Insert(lead);
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                Assert.StartsWith("v", store.Get("Leads", lead.Id)!["last_name"]);
                reads++;
            }

            return reads;
        })).ToList();
        for (var i = 1; i <= 200; i++)
        {
            var record = store.Get("Leads", lead.Id)!;
            record["last_name"] = "v" + i;
            store.Update(record);
        }

        await stop.CancelAsync();
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c > 0));
        Assert.Equal("v200", store.Get("Leads", lead.Id)!["last_name"]);
    }

    [Fact]
    public void Reopen_ReadsWhatIsOnDisk()
    {
        var lead = StoreRecords.Lead("Đỗ");
        using (var store = _database.OpenStore())
        {
            store.Insert(lead);
            store.Get("Leads", lead.Id);
        }

        using var reopened = _database.OpenStore();

        Assert.Equal("Đỗ", reopened.Get("Leads", lead.Id)!["last_name"]);
    }
}
