using System.CommandLine;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm dedupe list</c>: merges, newest first, so an admin finds the id to undo.</summary>
internal static class DedupeListCommand
{
    private static readonly string[] Headers = ["merge_id", "date_utc", "module", "master_id", "merged_ids", "user", "undone_utc"];

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var module = new Argument<string?>("module") { Description = "Only merges of this module.", Arity = ArgumentArity.ZeroOrOne };
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("list", "List merges, newest first: merge id, when (UTC), module, the master, the records "
            + "merged into it, who merged, and when it was undone.\n"
            + "Example: crm dedupe list Leads --format csv")
        {
            module, format,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetValue(module), parseResult.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    /// <summary>One merge; also the JSON shape (snake_case).</summary>
    internal sealed record MergeRow(string MergeId, string DateUtc, string Module, string MasterId, IReadOnlyList<string> MergedIds,
        string User, string MasterRule, string? UndoneUtc);

    internal static ExitCode Run(CommandContext context, string? module, string format)
    {
        List<MergeRow> rows;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            var core = database.Core;
            var name = module is null ? null : core.Registry.Get(module).Name;
            rows = core.Merges.List(name).Select(j => ToRow(core, j)).ToList();
        }

        ListOutput.Write(context, format, rows, Headers, Cells);

        return ExitCode.Ok;
    }

    private static IReadOnlyList<string> Cells(MergeRow r) =>
        [r.MergeId, r.DateUtc, r.Module, r.MasterId, string.Join(' ', r.MergedIds), r.User, r.UndoneUtc ?? ""];

    private static MergeRow ToRow(CrmCore core, MergeJournal journal) => new(
        journal.MergeId,
        Format(journal.DateUtc),
        journal.Module,
        journal.MasterId,
        journal.LoserIds,
        UserName(core, journal.UserId),
        journal.MasterRule,
        journal.UndoneUtc is { } undone ? Format(undone) : null);

    private static string UserName(CrmCore core, string userId) =>
        core.Store.Get("Users", userId)?["user_name"] ?? userId;

    private static string Format(DateTime utc) => utc.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);
}
