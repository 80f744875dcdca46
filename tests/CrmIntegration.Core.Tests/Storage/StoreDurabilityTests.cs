using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>What survives a clean restart, and what survives a crash (a copy of the files taken while open).</summary>
public sealed class StoreDurabilityTests : IDisposable
{
    private static readonly DateTime When = new(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Reopen_AfterDispose_KeepsRecordsSessionsAuditAndSequences()
    {
        var lead = StoreRecords.Lead("Đặng");
        var session = new SessionRecord("s-1", "u-1", When, When.AddMinutes(5));
        var audit = new AuditEntry("Leads", lead.Id, "status", "New", "Assigned", "u-1", When.AddMinutes(1));
        using (var store = _database.OpenStore())
        {
            store.Insert(lead);
            store.SaveSession(session);
            store.AppendAudit([audit]);
            store.NextSequence("Cases.case_number");
            store.NextSequence("Cases.case_number");
        }

        using var reopened = _database.OpenStore();
        Assert.Equal("Đặng", reopened.Get("Leads", lead.Id)!["last_name"]);
        Assert.Equal(session, reopened.GetSession("s-1"));
        Assert.Equal(audit, Assert.Single(reopened.GetAudit("Leads", lead.Id)));
        Assert.Equal(3, reopened.NextSequence("Cases.case_number"));
        Assert.Equal(1, reopened.NextSequence("Other.counter"));
    }

    [Fact]
    public void CopyTakenWhileOpen_HasEveryCommittedWrite_AndIsUsable()
    {
        var copyDirectory = Path.Combine(_database.DirectoryPath, "copy");
        var contacts = Enumerable.Range(0, 20).Select(i => StoreRecords.Contact($"Contact {i}")).ToList();
        using (var store = _database.OpenStore())
        {
            foreach (var contact in contacts)
            {
                store.Insert(contact);
            }

            contacts[3]["last_name"] = "Hoàng";
            store.Update(contacts[3]);
            store.SaveSession(new SessionRecord("s-crash", "u-1", When, When));
            store.NextSequence("Cases.case_number");

            // The server is "killed" here: whatever is on disk now is all a restart will find.
            CopyDatabaseFiles(_database.DirectoryPath, copyDirectory);
        }

        var copyPath = Path.Combine(copyDirectory, CrmCoreOptions.DatabaseFileName);
        using (var copy = LiteDbCrmStore.OpenFile(copyPath, ModuleRegistry.Default))
        {
            Assert.Equal(20, copy.Count("Contacts"));
            Assert.Equal("Hoàng", copy.Get("Contacts", contacts[3].Id)!["last_name"]);
            Assert.Equal(contacts[3].Id, Assert.Single(copy.FindByKey("Contacts", "last_name", "HOÀNG")).Id);
            Assert.NotNull(copy.GetSession("s-crash"));
            Assert.Equal(2, copy.NextSequence("Cases.case_number"));
            copy.Insert(StoreRecords.Contact("After crash"));
        }

        using var again = LiteDbCrmStore.OpenFile(copyPath, ModuleRegistry.Default);
        Assert.Equal(21, again.Scan("Contacts").Count());
    }

    [Fact]
    public async Task EveryWrite_IsFlushedToDiskBeforeItReturns()
    {
        // LiteDB's own log flushes are deferred to the store's barrier (LogFileStream): each write
        // path must still end with the log on disk, including group commits.
        using var store = _database.OpenStore();
        using var committer = new CrmIntegration.Core.Storage.GroupCommit.GroupCommitter(store);
        var lead = StoreRecords.Lead("Đặng");

        store.Insert(lead);
        Assert.False(store.HasUnflushedLogWrites);
        lead["last_name"] = "Đỗ";
        store.Update(lead);
        Assert.False(store.HasUnflushedLogWrites);
        store.NextSequence("Cases.case_number");
        Assert.False(store.HasUnflushedLogWrites);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => committer.RunAsync(() =>
        {
            store.Insert(StoreRecords.Lead($"Batch {i}"));
            return i;
        })));
        Assert.False(store.HasUnflushedLogWrites);
        Assert.Equal(21, store.Count("Leads"));
    }

    [Fact]
    public async Task GroupCommit_AcknowledgesOnlyOnceTheLogIsOnDisk()
    {
        // The committer hands a batch's fsync to the background and runs the next batch meanwhile;
        // the caller must still hear of its write only after that fsync.
        using var store = _database.OpenStore();
        using var committer = new CrmIntegration.Core.Storage.GroupCommit.GroupCommitter(store);
        store.Log!.BeforeFsync = () => Thread.Sleep(50); // a slow disk: an early acknowledgement would be seen
        for (var i = 0; i < 5; i++)
        {
            var unflushedAtAcknowledgement = await committer
                .RunAsync(() =>
                {
                    store.Insert(StoreRecords.Lead($"One by one {i}"));
                    return i;
                })
                .ContinueWith(_ => store.HasUnflushedLogWrites, TaskContinuationOptions.ExecuteSynchronously);
            Assert.False(unflushedAtAcknowledgement, $"write {i} was acknowledged before its log reached the disk");
        }
    }

    /// <summary>Copies the database and any journal LiteDB keeps beside it (<c>crm-log.db</c>), not our lock files.</summary>
    private static void CopyDatabaseFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        var stem = Path.GetFileNameWithoutExtension(CrmCoreOptions.DatabaseFileName);
        var copied = 0;
        foreach (var file in Directory.GetFiles(from, stem + "*"))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".lock", StringComparison.Ordinal) || name.EndsWith(".holder", StringComparison.Ordinal))
            {
                continue;
            }

            File.Copy(file, Path.Combine(to, name));
            copied++;
        }

        Assert.True(copied > 0, "no database file to copy");
    }
}
