using System.Runtime.Versioning;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>Backups of an open store, and restoring one in place of the database.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class StoreBackupTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task BackupTo_WhileWritesGoOn_HoldsEveryRecordCommittedBeforeItAndNothingHalfWritten()
    {
        using var temp = new TempDatabase();
        var backup = Path.Combine(temp.DirectoryPath, "backup.db");
        var committed = new List<string>();
        using (var store = temp.OpenStore())
        {
            store.InsertMany(Enumerable.Range(0, 2000).Select(i => StoreRecords.Lead($"Trước {i}")));
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(() =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var lead = StoreRecords.Lead($"Trong {i}");
                    store.Insert(lead);
                    lock (committed)
                    {
                        committed.Add(lead.Id);
                    }
                }
            });
            // Writes are going on, and some are done, before the backup starts.
            int before;
            do
            {
                await Task.Delay(10);
                lock (committed)
                {
                    before = committed.Count;
                }
            }
            while (before < 100 && !writer.IsCompleted);
            Assert.False(writer.IsFaulted, writer.Exception?.ToString());

            var copy = store.BackupTo(backup);
            await stop.CancelAsync();
            await writer;

            Assert.Equal(backup, copy.Path);
            Assert.InRange(copy.RecordsByModule["Leads"], 2000 + before, 2000 + committed.Count);
            using var restored = LiteDbCrmStore.OpenFile(backup, ModuleRegistry.Default);
            var leads = restored.Scan("Leads").ToList();
            Assert.Equal(copy.RecordsByModule["Leads"], leads.Count);
            Assert.All(committed.Take(before), id => Assert.NotNull(restored.Get("Leads", id)));
            Assert.All(leads, l => Assert.False(string.IsNullOrEmpty(l["last_name"])));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));
    }

    [Fact]
    public void BackupTo_ExistingFile_RefusedUnlessOverwriteAndLeftAlone()
    {
        using var temp = new TempDatabase();
        var backup = Path.Combine(temp.DirectoryPath, "backup.db");
        File.WriteAllText(backup, "keep me");
        using var store = temp.OpenStore();
        store.Insert(StoreRecords.Lead("Lê"));

        var refused = CrmAssert.Fails(CrmErrorCode.InvalidData, () => store.BackupTo(backup));
        Assert.Equal($"Invalid data: {backup} exists; pass --force to replace it", refused.Message);
        Assert.Equal("keep me", File.ReadAllText(backup));
        Assert.False(File.Exists(backup + ".partial"));
        Assert.Equal(1, store.BackupTo(backup, overwrite: true).RecordsByModule["Leads"]);
        Assert.False(File.Exists(backup + ".partial"));
    }

    [Fact]
    public void Restore_ReplacesTheDatabaseAndKeepsTheOneItReplacedBesideIt()
    {
        using var temp = new TempDatabase();
        var backup = Path.Combine(temp.DirectoryPath, "backup.db");
        using (var store = temp.OpenStore())
        {
            store.Insert(StoreRecords.Lead("Trong bản sao"));
            store.BackupTo(backup);
            store.Insert(StoreRecords.Lead("Sau bản sao"));
        }

        var (restored, previous) = LiteDbCrmStore.Restore(backup, temp.FilePath, ModuleRegistry.Default, Now);

        Assert.Equal(temp.FilePath + ".before-restore-20261205-093000", previous);
        Assert.Equal(1, restored.RecordsByModule["Leads"]);
        using (var store = temp.OpenStore())
        {
            Assert.Equal(["Trong bản sao"], store.Scan("Leads").Select(l => l["last_name"]));
        }

        using var replaced = LiteDbCrmStore.OpenFile(previous!, ModuleRegistry.Default);
        Assert.Equal(2, replaced.Scan("Leads").Count());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temp.FilePath));
    }

    [Theory]
    [InlineData("not a database at all, just text")]
    [InlineData("")]
    public void Restore_FromAFileThatIsNotADatabase_RefusedAndNothingChanged(string content)
    {
        using var temp = new TempDatabase();
        var bogus = Path.Combine(temp.DirectoryPath, "bogus.db");
        File.WriteAllText(bogus, content);
        using (var store = temp.OpenStore())
        {
            store.Insert(StoreRecords.Lead("Còn nguyên"));
        }

        var before = File.ReadAllBytes(temp.FilePath);
        var error = Assert.Throws<CrmException>(() => LiteDbCrmStore.Restore(bogus, temp.FilePath, ModuleRegistry.Default, Now));

        Assert.Equal(CrmErrorCode.NotADatabase, error.Code);
        Assert.Contains(bogus, error.Message);
        Assert.Equal(before, File.ReadAllBytes(temp.FilePath));
        Assert.DoesNotContain(Directory.GetFiles(temp.DirectoryPath), f => f.Contains("restor", StringComparison.Ordinal));
    }

    [Fact]
    public void Restore_WhileTheDatabaseIsOpen_RefusedAsInUse()
    {
        using var temp = new TempDatabase();
        var backup = Path.Combine(temp.DirectoryPath, "backup.db");
        using var store = temp.OpenStore();
        store.BackupTo(backup);

        var error = Assert.Throws<CrmException>(() => LiteDbCrmStore.Restore(backup, temp.FilePath, ModuleRegistry.Default, Now));

        Assert.Equal(CrmErrorCode.ResourceManagementError, error.Code);
    }
}
