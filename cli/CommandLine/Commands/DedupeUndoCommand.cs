using System.CommandLine;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm dedupe undo</c>: reverses a merge, refusing when it would overwrite later changes unless forced.</summary>
internal static class DedupeUndoCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var mergeId = new Argument<string>("merge-id") { Description = "The merge id 'crm dedupe merge' printed (see 'crm dedupe list')." };
        var force = new Option<bool>("--force") { Description = "Undo even though records or links changed after the merge; those changes are overwritten (and listed)." };
        var command = new Command("undo", "Undo a merge: the master and the merged records get their values back, the merged "
            + "records are undeleted, related records and links point where they did. Refused (exit code 9) when something "
            + "changed after the merge that undo would overwrite; the message lists what.\n"
            + "Example: crm dedupe undo M-000042")
        {
            mergeId, force,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetRequiredValue(mergeId), parseResult.GetValue(force))));
        return command;
    }

    internal static ExitCode Run(CommandContext context, string mergeId, bool force)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var journal = core.Merges.Find(mergeId)
            ?? throw new CliException(ExitCode.NotFound, $"there is no merge '{mergeId.Trim()}' (see 'crm dedupe list')");

        // The database is held exclusively, so nothing can change between this check and the undo.
        if (!journal.IsUndone && !force && core.Merges.ChangesSince(journal.MergeId) is { Count: > 0 } changes)
        {
            throw new CliException(ExitCode.UndoRefused, CrmException.MergeChangedSince(journal.MergeId, changes).Message);
        }

        context.Cancellation.ThrowIfCancellationRequested();
        var result = core.Merges.Undo(DedupeMergeCommand.Actor, journal.MergeId, force);
        context.Output.WriteLine($"Undid {result.MergeId}: {journal.Module} {string.Join(", ", journal.LoserIds)} restored beside "
            + $"{journal.MasterId}; {result.RelatedRecords} related records and {result.Rows} links put back.");
        foreach (var overwritten in result.Overwritten)
        {
            context.Output.WriteLine($"  overwritten: {overwritten}");
        }

        return ExitCode.Ok;
    }
}
