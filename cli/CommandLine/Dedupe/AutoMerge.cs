using System.Diagnostics;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Commands;
using CrmIntegration.Core;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching.Merge;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// <c>crm dedupe merge --auto</c>: searches, then merges every group on its own (one transaction
/// each), one stdout line per group. A group that fails is reported on stderr and the others go on,
/// so one odd record does not stop a nightly run; the exit code is then the first failure's.
/// </summary>
internal static class AutoMerge
{
    public static ExitCode Run(CrmCore core, CommandContext context, string module, MatchingChoice matching, bool dryRun)
    {
        var result = DuplicateSearching.Run(core, context, module, matching);
        context.Error.WriteLine(DuplicateSearching.Summary(result));
        var clock = Stopwatch.StartNew();
        var (merged, records, skipped, failed) = (0, 0, 0, 0);
        ExitCode? firstFailure = null;
        foreach (var group in result.Groups)
        {
            var ids = group.Mergeable.Select(m => m.Id).ToList();
            if (ids.Count < 2)
            {
                skipped++;
                continue;
            }

            if (context.Cancellation.IsCancellationRequested)
            {
                context.Error.WriteLine($"crm: cancelled after {merged} of the groups; the merges printed above are done");
                return ExitCode.Cancelled;
            }

            try
            {
                DedupeMergeCommand.MergeOne(core, context, new MergeRequest(result.Module, ids), $" (group {group.Number})", dryRun);
                merged++;
                records += ids.Count;
            }
            catch (CrmException e)
            {
                context.Error.WriteLine($"crm: group {group.Number}: {e.Message.ReplaceLineEndings(" ")}");
                failed++;
                firstFailure ??= CommandExecution.ExitCodeOf(e.Code);
            }
        }

        var verb = dryRun ? "Dry run: would merge" : "Merged";
        var tail = skipped == 0 ? "" : $"; left alone {DuplicateSearching.Count(skipped, "group")} of one {module} record duplicating existing records";
        var nothing = dryRun ? " Nothing was changed." : "";
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {DuplicateSearching.Count(merged, "group")} ({records} {module} records) in {clock.Elapsed.TotalSeconds:0.0} s; {failed} failed{tail}.{nothing}"));
        return firstFailure ?? ExitCode.Ok;
    }
}
