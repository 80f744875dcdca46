using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Storage.Transfer;
using CrmIntegration.Storage.PostgreSql;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm db copy --to TARGET [--from SOURCE]</c>: moves an installation between a LiteDB file and a
/// PostgreSQL database, either way (<see cref="StoreTransfer"/>), and checks the result. Without
/// <c>--from</c> the source is the configured database; with the server holding it, the command is
/// handed to the server and reads through its open store.
/// </summary>
internal static class DbCopyCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var to = new Option<string>("--to")
        {
            Description = "Where to copy to: postgres://user:password@host:5432/database (the database must exist; its tables "
                + "are made), or a LiteDB file path.",
            Required = true,
        };
        var from = new Option<string?>("--from")
        {
            Description = "What to copy: a LiteDB file path or a postgres:// database. Default: the configured database "
                + "(Storage settings, --db).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Copy into a target that already holds data: a PostgreSQL database is emptied first (stop its "
                + "servers); a LiteDB file is moved aside as FILE.before-copy-TIME.",
        };
        var command = new Command("copy", "Copy the whole installation (records of every module, relationships, audit "
            + "trail, users, merge journals, mail queue, numbering) from one store to another, in batches with "
            + "progress, then check it: each module's record count and checksum, and the other counts, read back "
            + "from the target. Sessions and job history are not copied (users log in again). Refuses a target that "
            + "holds data unless --force. Stop intake during the copy: writes made meanwhile may be missed, and the "
            + "check then fails.\n"
            + "Example: crm db copy --to postgres://crm:secret@db.example.com:5432/crm\n"
            + "Example (and back): crm db copy --from postgres://crm:secret@db.example.com/crm --to /srv/crm/data/crm.db")
        {
            to, from, force,
        };
        command.SetHandler(environment, common, (parseResult, context) => Task.FromResult(Run(context,
            StoreAddress.Parse(parseResult.GetRequiredValue(to), context),
            parseResult.GetValue(from) is { } source ? StoreAddress.Parse(source, context) : null,
            parseResult.GetValue(force))));
        return command;
    }

    internal static ExitCode Run(CommandContext context, StoreAddress target, StoreAddress? source, bool force)
    {
        using var sourceLease = source is null ? DatabaseAccess.OpenExisting(context) : null;
        using var sourceStore = source is null ? null : OpenSource(source);
        var reading = sourceLease?.Core.Store ?? sourceStore!;
        // Named from the settings: describing the store would count every module's records.
        var sourceName = source?.Display ?? (context.OnPostgreSql
            ? StoreAddress.Parse(context.Settings!.Storage.ConnectionString, context).Display
            : Path.GetFullPath(context.DatabasePath));
        if (sourceName == target.Display || source is null && !context.OnPostgreSql && target.Value == Path.GetFullPath(context.DatabasePath))
        {
            throw new CliException(ExitCode.Usage, $"--to names the database being copied ({target.Display}); name another");
        }

        using var writing = OpenTarget(context, target, force);
        var report = PhaseProgress.Run(context, progress =>
            StoreTransfer.Copy(reading, writing, ModuleRegistry.Default, progress, context.Cancellation));
        Write(context.Output, report, sourceName, target.Display);
        return report.Matches
            ? ExitCode.Ok
            : throw new CliException(ExitCode.Failure, $"the copy in {target.Display} does not match {sourceName}: {Mismatches(report)}; "
                + "was something writing to the source meanwhile? Stop intake and copy again with --force");
    }

    private static ICrmStore OpenSource(StoreAddress source)
    {
        if (!source.IsPostgreSql && !File.Exists(source.Value))
        {
            throw new CliException(ExitCode.DatabaseMissing, $"there is no database at {source.Value} (--from)");
        }

        return source.Open(ModuleRegistry.Default);
    }

    /// <summary>The target store, empty: refused when it holds data, unless --force empties it (PostgreSQL) or moves it aside (a file).</summary>
    private static ICrmStore OpenTarget(CommandContext context, StoreAddress target, bool force)
    {
        var store = target.Open(ModuleRegistry.Default);
        if (!((IStoreTransfer)store).HoldsData())
        {
            return store;
        }

        if (!force)
        {
            store.Dispose();
            throw new CliException(ExitCode.TargetNotEmpty,
                $"{target.Display} already holds data; nothing was written. Copy into an empty database, or add --force to "
                + (target.IsPostgreSql ? "empty it first" : "move that file aside first"));
        }

        if (target.IsPostgreSql)
        {
            Empty(store);
            return store;
        }

        store.Dispose();
        var moved = LiteDbCrmStore.MoveAside(target.Value, "before-copy", context.Clock.GetUtcNow());
        context.Error.WriteLine($"crm: {target.Value} held data; it is kept as {moved}");
        return target.Open(ModuleRegistry.Default);
    }

    /// <summary>Its own method, so that Npgsql is loaded only when the target is PostgreSQL.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Empty(ICrmStore store) => ((PostgreSqlCrmStore)store).EraseAll();

    private static void Write(TextWriter output, TransferReport report, string source, string target)
    {
        var counts = string.Join(", ", report.Counts.Select(c => $"{N(c.Copied)} {c.Name}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Copied {source} to {target}: {N(report.Records)} records in {report.Copying.TotalSeconds:F1} s ({report.RecordsPerSecond:F0} records/s), {counts}."));
        var outcome = report.Matches ? "every module's records and checksum, and every count, match" : "MISMATCH";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checked in {report.Checking.TotalSeconds:F1} s: {outcome}."));
        output.WriteLine();
        foreach (var module in report.Modules.Where(m => m.Source.Records > 0 || m.Target.Records > 0))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{module.Module,-16} {module.Source.Records,9}  sha256 {module.Source.Sha256[..16]}  {(module.Matches ? "ok" : $"target {module.Target.Records} sha256 {module.Target.Sha256[..16]}")}"));
        }
    }

    private static string Mismatches(TransferReport report) => string.Join("; ",
        report.Modules.Where(m => !m.Matches).Select(m => m.Source.Records == m.Target.Records
                ? $"{m.Module} records differ (same count, {m.Source.Records})"
                : $"{m.Module} has {m.Source.Records} records there and {m.Target.Records} here")
            .Concat(report.Counts.Where(c => !c.Matches).Select(c => $"{c.Copied} {c.Name} copied, {c.InTarget} found")));

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
