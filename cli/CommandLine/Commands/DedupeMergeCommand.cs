using System.CommandLine;
using CrmIntegration.Cli.CommandLine.Dedupe;
using CrmIntegration.Core;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm dedupe merge</c>: merges a group of the latest find, given ids, or every group found (<c>--auto</c>).</summary>
internal static class DedupeMergeCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var module = new Argument<string>("module") { Description = "The module of the records: Leads, Contacts, Prospects, Accounts or Opportunities." };
        var group = new Option<int?>("--group") { Description = "Merge group N of the latest 'crm dedupe find <module>' (saved beside the database).", HelpName = "N" };
        var ids = new Option<string?>("--ids") { Description = "Merge these records (two or more ids, comma-separated).", HelpName = "A,B,C" };
        var auto = new Option<bool>("--auto") { Description = "Find duplicates now (same options as find) and merge every group; prints one line per group." };
        var master = new Option<string?>("--master")
        {
            Description = "The record that survives (with --group or --ids). Default: the most complete, then the oldest, then the smallest id.",
            HelpName = "ID",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what the merge would change and change nothing." };
        var matching = new MatchingCommandOptions();
        var command = new Command("merge", "Merge duplicate records into one master. The master keeps its non-empty values; "
            + "its empty fields are filled from the others, newest first; emails and phones are kept; every related "
            + "record is moved to the master; the others are soft-deleted with merged_into set. Each merge is journalled "
            + "under a merge id (printed) that 'crm dedupe undo' takes. Asks nothing, so it runs from cron.\n"
            + "Example: crm dedupe merge Leads --group 3 --dry-run\n"
            + "Example: crm dedupe merge Leads --ids 1f0c,9a7e --master 1f0c\n"
            + "Example: crm dedupe merge Leads --auto --rule email")
        {
            module, group, ids, auto, master, dryRun,
        };
        matching.AddTo(command);
        command.Validators.Add(result =>
        {
            var ways = new Option[] { group, ids, auto }.Count(o => o == auto ? result.GetValue(auto) : result.GetResult(o) is not null);
            if (ways != 1)
            {
                result.AddError("give exactly one of --group N, --ids A,B,C or --auto");
            }
            else if (result.GetValue(auto) && result.GetResult(master) is not null)
            {
                result.AddError("--master goes with --group or --ids; --auto picks each group's master by the master rule");
            }
            else if (!result.GetValue(auto) && matching.AnyGiven(result))
            {
                result.AddError("--rule, --fields, --threshold and --against go with --auto; "
                    + "--group takes the group as the latest find saved it, with that find's rules");
            }
            else if (result.GetValue(group) is < 1)
            {
                result.AddError("--group numbers start at 1");
            }
        });
        command.SetHandler(environment, common, (parseResult, context) => Task.FromResult(Run(context, new MergeArgs(
            parseResult.GetRequiredValue(module),
            parseResult.GetValue(group),
            parseResult.GetValue(ids),
            parseResult.GetValue(auto),
            parseResult.GetValue(master),
            parseResult.GetValue(dryRun),
            matching.Read(parseResult)))));
        return command;
    }

    internal sealed record MergeArgs(string Module, int? Group = null, string? Ids = null, bool Auto = false,
        string? Master = null, bool DryRun = false, MatchingChoice? Matching = null);

    /// <summary>The CLI acts as the system administrator, as every crm command does; journals name it.</summary>
    internal static readonly CrmUser Actor = UserAdministration.SystemActor;

    internal static ExitCode Run(CommandContext context, MergeArgs args)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var module = core.Registry.Get(args.Module).Name;
        if (args.Auto)
        {
            return AutoMerge.Run(core, context, module, args.Matching ?? new MatchingChoice(), args.DryRun);
        }

        var (ids, label) = args.Group is { } number
            ? (GroupMembers(core, context, module, number), $" (group {number})")
            : (ParseIds(args.Ids!), "");
        context.Cancellation.ThrowIfCancellationRequested();
        MergeOne(core, context, new MergeRequest(module, ids, args.Master), label, args.DryRun);
        if (args.DryRun)
        {
            context.Error.WriteLine("Dry run: nothing was changed.");
        }

        return ExitCode.Ok;
    }

    /// <summary>Merges (or previews) one group, printing its merge id or its plan.</summary>
    internal static void MergeOne(CrmCore core, CommandContext context, MergeRequest request, string label, bool dryRun)
    {
        if (dryRun)
        {
            context.Output.Write(MergePlanText.Render(core.Merges.Preview(Actor, request)));
            return;
        }

        var result = core.Merges.Merge(Actor, request);
        context.Output.WriteLine($"{result.MergeId}{label}: merged {request.Module} {string.Join(", ", result.Plan.LoserIds)} into {result.Plan.MasterId}");
    }

    private static IReadOnlyList<string> ParseIds(string value)
    {
        var ids = value.Split(',', StringSplitOptions.TrimEntries);
        return ids.Length >= 2 && ids.All(i => i.Length > 0)
            ? ids
            : throw new CliException(ExitCode.Usage, $"--ids '{value}': give two or more record ids separated by commas");
    }

    /// <summary>Group N of the saved find: its records of the module, refused when one changed since the find.</summary>
    private static IReadOnlyList<string> GroupMembers(CrmCore core, CommandContext context, string module, int number)
    {
        var saved = SavedFind.Load(context, module);
        var members = saved.Require(number).Members.Where(m => m.Module == module).ToList();
        if (members.Count < 2)
        {
            var others = saved.Require(number).Members.Where(m => m.Module != module).Select(m => $"{m.Module} {m.Id}");
            throw new CliException(ExitCode.InvalidData, $"group {number} holds one {module} record ({members.Single().Id}), "
                + $"which duplicates {string.Join(", ", others)}; a merge joins records of one module: convert or delete the {module} record instead");
        }

        var changed = members
            .Where(m => core.Store.Get(module, m.Id) is { IsDeleted: false } record && record["date_modified"] != m.DateModified)
            .Select(m => m.Id)
            .ToList();
        return changed.Count == 0
            ? members.Select(m => m.Id).ToList()
            : throw new CliException(ExitCode.InvalidData, $"{module} {string.Join(", ", changed)} changed since the find of "
                + $"{saved.FoundUtc} UTC: run 'crm dedupe find {module}' again and check group {number} before merging it");
    }
}
