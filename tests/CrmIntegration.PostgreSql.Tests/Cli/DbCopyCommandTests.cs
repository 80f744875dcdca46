using System.Globalization;
using CrmIntegration.Cli;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Storage.Transfer;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using CrmIntegration.Storage.PostgreSql;
using Xunit.Abstractions;

namespace CrmIntegration.PostgreSql.Tests.Cli;

/// <summary>
/// <c>crm db copy</c> moves an installation from a LiteDB file to PostgreSQL and back: 100,000 leads
/// with their relationships and audit trail, users, a merge journal and the mail queue arrive
/// identical (every module's checksum, every row), the throughput is reported, and a target that
/// holds data is refused unless <c>--force</c>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DbCopyCommandTests(PostgresFixture postgres, ITestOutputHelper log) : IDisposable
{
    private const int Leads = 100_000;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("crm-db-copy-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string FilePath(string name) => Path.Combine(_directory.FullName, name);

    [Fact]
    public async Task HundredThousandLeads_ToPostgreSqlAndBack_ArriveIdentical_AndTheThroughputIsReported()
    {
        var original = FilePath("crm.db");
        Seed(original);
        var database = await postgres.Cluster.CreateDatabaseAsync();

        var there = await Crm.RunAsync("db", "copy", "--db", original, "--to", database);
        var back = await Crm.RunAsync("db", "copy", "--from", database, "--to", FilePath("back.db"));

        Assert.True(there.ExitCode == ExitCode.Ok, there.ToString());
        Assert.True(back.ExitCode == ExitCode.Ok, back.ToString());
        log.WriteLine(there.OutputLines[0]);
        log.WriteLine(back.OutputLines[0]);
        Assert.Matches(@"^Copied .*crm\.db to postgres://127\.0\.0\.1:\d+/\w+: 100,00\d records in [\d.]+ s \(\d+ records/s\), 100,000 relationships, 100,000 audit entries, 1 merge journals, 1 mails\.$",
            there.OutputLines[0]);
        Assert.Equal("Checked in", there.OutputLines[1][..10]);
        Assert.EndsWith("every module's records and checksum, and every count, match.", there.OutputLines[1], StringComparison.Ordinal);

        using var first = LiteDbCrmStore.OpenFile(original, ModuleRegistry.Default);
        using var middle = PostgreSqlCrmStore.Open(database, ModuleRegistry.Default);
        using var last = LiteDbCrmStore.OpenFile(FilePath("back.db"), ModuleRegistry.Default);
        foreach (var module in ModuleRegistry.Default.Modules)
        {
            var expected = RecordChecksum.Of(first.Scan(module.Name));
            Assert.Equal(expected, RecordChecksum.Of(middle.Scan(module.Name)));
            Assert.Equal(expected, RecordChecksum.Of(last.Scan(module.Name)));
        }

        Assert.Equal(Rows(first), Rows(last));
        Assert.Equal(Audit(first), Audit(last));
        Assert.Equal(first.ListMergeJournals().Single().MergeId, last.ListMergeJournals().Single().MergeId);
        Assert.Equal(first.ListMail(null, 10).Single().Subject, last.ListMail(null, 10).Single().Subject);
        Assert.Equal(((IStoreTransfer)first).ReadSequences(), ((IStoreTransfer)last).ReadSequences());

        // The users came along: the administrator can sign in on the copy.
        using var core = CrmCore.Open(last);
        Assert.Equal("admin", core.Auth.Authenticate("admin", Password, plain: true).UserName);
    }

    [Fact]
    public async Task TargetHoldingData_IsRefused_UnlessForce_ThenReplaced()
    {
        var source = FilePath("small.db");
        Seed(source, leads: 20);
        var database = await postgres.Cluster.CreateDatabaseAsync();
        await Crm.OkAsync("db", "copy", "--db", source, "--to", database);
        using (var store = LiteDbCrmStore.OpenFile(source, ModuleRegistry.Default))
        {
            store.Insert(Lead(20));
        }

        var refused = await Crm.RunAsync("db", "copy", "--db", source, "--to", database);
        var forced = await Crm.RunAsync("db", "copy", "--db", source, "--to", database, "--force");
        var intoFile = await Crm.RunAsync("db", "copy", "--from", database, "--to", source);

        Assert.Equal(ExitCode.TargetNotEmpty, refused.ExitCode);
        Assert.Matches(@"^crm: postgres://127\.0\.0\.1:\d+/\w+ already holds data; nothing was written\. .* add --force to empty it first$", refused.ErrorLines.Single());
        Assert.True(forced.ExitCode == ExitCode.Ok, forced.ToString());
        using (var store = PostgreSqlCrmStore.Open(database, ModuleRegistry.Default))
        {
            Assert.Equal(21, store.Count("Leads"));
        }

        Assert.Equal(ExitCode.TargetNotEmpty, intoFile.ExitCode);
        Assert.EndsWith("add --force to move that file aside first", intoFile.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_IsTheSource_IsRefused()
    {
        var source = FilePath("same.db");
        Seed(source, leads: 1);

        var run = await Crm.RunAsync("db", "copy", "--db", source, "--to", source);

        Assert.Equal(ExitCode.Usage, run.ExitCode);
        Assert.Equal($"crm: --to names the database being copied ({source}); name another", run.ErrorLines.Single());
    }

    private const string Password = "Copy#Admin-2026";

    /// <summary>An installation: the first admin, leads each with a relationship row and an audit entry, a merge journal, a queued mail, a numbering sequence.</summary>
    private static void Seed(string path, int leads = Leads)
    {
        using var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = path });
        core.UserAdmin.EnsureFirstAdmin(Password, out _);
        var store = core.Store;
        var transfer = (IStoreTransfer)store;
        foreach (var batch in Enumerable.Range(0, leads).Chunk(5_000))
        {
            store.InsertMany(batch.Select(Lead));
            transfer.SaveRelationshipRows(batch.Select(i => new RelationshipRow($"rel-{i}", "account_leads", $"account-{i / 10}", Id(i))
            {
                DateModified = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i),
                Extra = new Dictionary<string, string?> { ["role"] = i % 2 == 0 ? "buyer" : null },
            }).ToList());
            store.AppendAudit(batch.Select(i => new AuditEntry("Leads", Id(i), "status", "New", i % 3 == 0 ? null : "Assigned", "admin-1",
                new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i))));
        }

        store.SaveMergeJournal(new MergeJournal("merge-1", "Leads", Id(0), [Id(1)], "admin-1", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc))
        {
            MasterRule = "oldest",
        });
        store.EnqueueMail(new QueuedMail
        {
            Id = "mail-1",
            Status = MailStatus.Queued,
            Kind = "assignment",
            Module = "Leads",
            RecordId = Id(0),
            ToUserId = "rep-1",
            To = "Bình <binh@hoasen.example.vn>",
            From = "CRM <crm@localhost>",
            Subject = "Lead assigned: Nguyễn 0",
            TextBody = "A lead is yours.",
            MessageId = "mail-1@localhost",
            CreatedUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            NextAttemptUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            Log = [new MailLogEntry(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), null, "queued", "built-in template")],
        });
        store.NextSequence("leads_number");
    }

    private static CrmRecord Lead(int i) => new("Leads", new Dictionary<string, string?>
    {
        [CommonFields.Id] = Id(i),
        ["last_name"] = $"Nguyễn {i}",
        ["first_name"] = i % 7 == 0 ? null : "An",
        ["email1"] = $"lead{i}@example.vn",
        ["status"] = i % 4 == 0 ? "Assigned" : "New",
        ["description"] = i % 5 == 0 ? "" : "Ghi chú: khách hàng tiềm năng",
        [CommonFields.Deleted] = i % 50 == 0 ? "1" : "0",
        [CommonFields.DateEntered] = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i).ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture),
        [CommonFields.CreatedBy] = "admin-1",
    });

    private static string Id(int i) => $"lead-{i:D6}";

    private static List<string> Rows(IStoreTransfer store) =>
        store.ScanRelationshipRows().Select(r => $"{r.Id}|{r.Relationship}|{r.LhsId}|{r.RhsId}|{r.Deleted}|{r.DateModified:O}|{string.Join(",", r.Extra.Select(e => $"{e.Key}={e.Value ?? "<null>"}"))}")
            .Order(StringComparer.Ordinal).ToList();

    private static List<string> Audit(IStoreTransfer store) =>
        store.ScanAudit().Select(e => $"{e.Module}|{e.RecordId}|{e.Field}|{e.Before ?? "<null>"}|{e.After ?? "<null>"}|{e.UserId}|{e.DateUtc:O}").ToList();
}
