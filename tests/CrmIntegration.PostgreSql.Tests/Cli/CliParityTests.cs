using System.Text.RegularExpressions;
using CrmIntegration.Cli;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core.Storage;
using CrmIntegration.PostgreSql.Tests.Infrastructure;

namespace CrmIntegration.PostgreSql.Tests.Cli;

/// <summary>
/// Every <c>crm</c> command gives the same output and exit code on PostgreSQL as on LiteDB: one
/// installation (users, leads with known duplicates, a contact, a call) is copied to PostgreSQL with
/// <c>crm db copy</c>, then the same commands run on both, one after the other, and each pair of
/// outputs must be equal. Only what cannot be equal is masked: the database's location, size and file time, the data directory,
/// clock times and durations, and ids of records and job runs a command creates (fresh on each side).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class CliParityTests(PostgresFixture postgres)
{
    /// <summary>The commands, in order: each may depend on what the ones before it did.</summary>
    private static readonly string[][] Commands =
    [
        ["users", "add", "carol", "--role", "user", "--first-name", "Carol", "--last-name", "Đặng", "--email", "carol@example.com", "--password", "carol-pass-1"],
        ["users", "add", "carol", "--role", "user", "--password", "carol-pass-1"],
        ["users", "set-role", "carol", "manager"],
        ["users", "disable", "carol"],
        ["users", "list"],
        ["users", "list", "--format", "json"],
        ["dedupe", "find", "Leads"],
        ["dedupe", "find", "Leads", "--format", "csv"],
        ["dedupe", "list", "Leads", "--format", "json"],
        ["dedupe", "merge", "Leads", "--group", "1"],
        ["dedupe", "list", "Contacts", "--format", "csv"],
        ["dedupe", "undo", "M-000001"],
        ["dedupe", "undo", "M-000001"],
        ["dedupe", "merge", "Leads", "--auto", "--rule", "email", "--dry-run"],
        ["dedupe", "merge", "Leads", "--auto"],
        ["leads", "convert", "no-such-lead"],
        ["mail", "list", "--format", "csv"],
        ["mail", "deliver"],
        ["jobs", "run", "session-cleanup"],
        ["jobs", "list", "--format", "json"],
        ["db", "info"],
        ["db", "info", "--format", "json"],
    ];

    [Fact]
    public async Task EveryCommand_GivesTheSameOutputAndExitCode_OnBothEngines()
    {
        using var world = await DuplicateWorld.CreateAsync();
        var database = await postgres.Cluster.CreateDatabaseAsync();
        await Crm.OkAsync("db", "copy", "--db", world.Path, "--to", database);
        var known = KnownIds(world);

        // On PostgreSQL, --db still names where crm keeps files of its own (saved finds): a directory apart.
        var postgresFiles = Path.Combine(world.Db.Directory, "postgres", "crm.db");
        Directory.CreateDirectory(Path.GetDirectoryName(postgresFiles)!);
        var onPostgreSql = new Dictionary<string, string?>
        {
            ["CRM_Storage__Provider"] = StoreFactory.PostgreSql,
            ["CRM_Storage__ConnectionString"] = database,
        };

        var refused = new List<string>();
        foreach (var command in Commands.Append(["leads", "convert", world.Dung, "--account-name", "Công ty Phạm", "--opportunity", "Bảo trì 2026", "--amount", "150000000", "--close-date", "2026-06-30"]))
        {
            var lite = await Crm.RunAsync([.. command, "--db", world.Path]);
            var pg = await Crm.RunAsync([.. command, "--db", postgresFiles], variables: onPostgreSql);

            var what = $"crm {string.Join(' ', command)}";
            if (lite.ExitCode != ExitCode.Ok)
            {
                refused.Add($"{what}: {lite.ExitCode} {lite.Error}");
            }

            Assert.True(lite.ExitCode == pg.ExitCode, $"{what}: exit {lite.ExitCode} on LiteDB, {pg.ExitCode} on PostgreSQL\n{lite}\n{pg}");
            Assert.Equal(Masked(lite.Output, world.Path, known), Masked(pg.Output, postgresFiles, known));
            Assert.Equal(Masked(lite.Error, world.Path, known), Masked(pg.Error, postgresFiles, known));
        }

        // The commands did their work (each refusal is one the list means to provoke): a second add
        // of carol, the second undo, the unknown lead.
        Assert.True(refused.Count == 3, string.Join("\n", refused));
    }

    /// <summary>The ids the installation held before the commands ran: the same on both sides, so never masked.</summary>
    private static HashSet<string> KnownIds(DuplicateWorld world)
    {
        using var core = world.Open();
        return core.Registry.Modules.SelectMany(m => core.Store.Scan(m.Name)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static string Masked(string text, string databasePath, HashSet<string> known)
    {
        var masked = text.Replace(databasePath, "<db>", StringComparison.Ordinal)
            .Replace(Path.GetDirectoryName(databasePath)!, "<data directory>", StringComparison.Ordinal);
        masked = Location().Replace(masked, "<db>");
        masked = SizeLine().Replace(masked, "${key}<size>");
        masked = Modified().Replace(masked, "");
        masked = Guid().Replace(masked, m => known.Contains(m.Value) ? m.Value : "<new id>");
        masked = RunId().Replace(masked, "${key}<run id>");
        masked = Time().Replace(masked, "<time>");
        masked = Duration().Replace(masked, "<duration>");
        masked = JsonSeconds().Replace(masked, "${key}<duration>");
        return masked;
    }

    [GeneratedRegex(@"postgres://[^\s"",]+")]
    private static partial Regex Location();

    [GeneratedRegex(@"(?<key>Size:\s+|""size_?bytes"":\s*|""size"":\s*)(""[^""]*""|\d+ bytes \([^)]*\)|\d+)")]
    private static partial Regex SizeLine();

    /// <summary>A file's modification time (db info): PostgreSQL has no file, so it is left out there.</summary>
    [GeneratedRegex(@"(?m)^Modified:.*\n|""modified_?utc"":\s*(""[^""]*""|null),?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Modified();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"(?<key>""run_id"":\s*"")[0-9a-f]{32}")]
    private static partial Regex RunId();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?( UTC)?")]
    private static partial Regex Time();

    [GeneratedRegex(@"\d+(\.\d+)? ?(ms|s)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<key>""\w*seconds"":\s*)[\d.]+")]
    private static partial Regex JsonSeconds();
}
