using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm dedupe</c>: find duplicate records, merge them, and undo merges.</summary>
internal static class DedupeCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("dedupe", "Find duplicate Leads, Contacts, Prospects or Accounts, merge them, list merges and undo them.\n"
            + "Example: crm dedupe find Leads, then crm dedupe merge Leads --group 1 --dry-run")
        {
            DedupeFindCommand.Create(environment, common),
            DedupeMergeCommand.Create(environment, common),
            DedupeListCommand.Create(environment, common),
            DedupeUndoCommand.Create(environment, common),
        };
}
