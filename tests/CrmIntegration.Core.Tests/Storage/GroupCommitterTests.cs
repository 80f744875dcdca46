using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Storage.GroupCommit;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>
/// Concurrent writes share transactions, each caller is answered only after its transaction
/// committed, and one caller's failure neither fails nor loses the others.
/// </summary>
public sealed class GroupCommitterTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private LiteDbCrmStore _store;

    public GroupCommitterTests()
    {
        _store = _database.OpenStore();
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task ConcurrentWrites_ShareTransactions_AndAllLand()
    {
        using var committer = new GroupCommitter(_store);
        using var hold = new ManualResetEventSlim();
        var first = committer.RunAsync(() => hold.Wait(TimeSpan.FromSeconds(30)));

        var writes = Enumerable.Range(0, 500).Select(i => committer.RunAsync(() => Insert($"lead {i}"))).ToList();
        hold.Set();
        var ids = await Task.WhenAll(writes);
        await first;

        Assert.Equal(500, ids.Distinct().Count());
        Assert.All(ids, id => Assert.NotNull(_store.Get("Leads", id)));
        var (batches, items) = committer.Counts;
        Assert.Equal(501, items);
        Assert.InRange(batches, 2, 4); // the held first batch, then 500 waiting writes in batches of at most 256
    }

    [Fact]
    public async Task FailingItem_FailsAlone_ItsWritesRolledBack_OthersCommitted()
    {
        using var committer = new GroupCommitter(_store);
        using var hold = new ManualResetEventSlim();
        var first = committer.RunAsync(() => hold.Wait(TimeSpan.FromSeconds(30)));
        var before = committer.RunAsync(() => Insert("before"));
        string? failedId = null;
        var failing = committer.RunAsync<string>(() =>
        {
            failedId = Insert("half-written");
            throw CrmException.InvalidData("last_name is not acceptable");
        });
        var after = committer.RunAsync(() => Insert("after"));

        hold.Set();
        await first;

        var error = await Assert.ThrowsAsync<CrmException>(() => failing);
        Assert.Equal(CrmErrorCode.InvalidData, error.Code);
        Assert.NotNull(_store.Get("Leads", await before));
        Assert.NotNull(_store.Get("Leads", await after));
        Assert.NotNull(failedId);
        Assert.Null(_store.Get("Leads", failedId));
        Assert.Equal(2, _store.Count("Leads"));
    }

    [Fact]
    public async Task LaterWorkInABatch_SeesEarlierWorksWrites()
    {
        using var committer = new GroupCommitter(_store);
        using var hold = new ManualResetEventSlim();
        var first = committer.RunAsync(() => hold.Wait(TimeSpan.FromSeconds(30)));

        // Two retries of one submission: the second must find the first even before it commits.
        var submissions = Enumerable.Range(0, 2).Select(_ => committer.RunAsync(() =>
            _store.FindByKey("Leads", "partner_ref", "ACME-1").FirstOrDefault()?.Id ?? Insert("Nguyễn", ("partner_ref", "ACME-1"))))
            .ToList();
        hold.Set();
        await first;
        var ids = await Task.WhenAll(submissions);

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, _store.Count("Leads"));
    }

    [Fact]
    public async Task WorkQueuingMoreWorkFromInsideABatch_IsRefused()
    {
        using var committer = new GroupCommitter(_store);

        var outer = committer.RunAsync(() => committer.RunAsync(() => Insert("inner")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => outer);
        Assert.Contains("same transaction", error.Message);
        Assert.Equal("after", _store.Get("Leads", await committer.RunAsync(() => Insert("after")))!["last_name"]);
    }

    [Fact]
    public async Task AcknowledgedWrites_SurviveReopening()
    {
        string[] ids;
        using (var committer = new GroupCommitter(_store))
        {
            ids = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => committer.RunAsync(() => Insert($"lead {i}"))));
        }

        _store.Dispose();
        _store = _database.OpenStore();

        Assert.All(ids, id => Assert.Equal(id, _store.Get("Leads", id)?.Id));
    }

    [Fact]
    public async Task Dispose_CommitsWhatIsQueued_ThenRefusesNewWork()
    {
        var committer = new GroupCommitter(_store);
        using var hold = new ManualResetEventSlim();
        var first = committer.RunAsync(() => hold.Wait(TimeSpan.FromSeconds(30)));
        var queued = committer.RunAsync(() => Insert("queued before shutdown"));
        var disposing = Task.Run(committer.Dispose);

        hold.Set();
        await disposing;
        await first;

        Assert.NotNull(_store.Get("Leads", await queued));
        var refused = Assert.Throws<ObjectDisposedException>(() => { _ = committer.RunAsync(() => Insert("too late")); });
        Assert.Contains("shutting down", refused.Message);
    }

    [Fact]
    public async Task StoreThatCannotCommit_FailsEveryItemOfTheBatch()
    {
        using var committer = new GroupCommitter(_store);
        _store.Dispose();

        var writes = Enumerable.Range(0, 3).Select(i => committer.RunAsync(() => Insert($"lead {i}"))).ToList();

        // Whatever the engine says about a closed file reaches every caller; none is told "saved".
        foreach (var write in writes)
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => write);
            Assert.Contains("dispose", error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    private string Insert(string lastName, params (string Field, string Value)[] more)
    {
        var lead = StoreRecords.Lead(lastName);
        foreach (var (field, value) in more)
        {
            lead[field] = value;
        }

        _store.Insert(lead);
        return lead.Id;
    }
}
