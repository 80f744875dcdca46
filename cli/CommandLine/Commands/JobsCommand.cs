using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm jobs</c>: the scheduled jobs (mail delivery, session clean-up, …).</summary>
internal static class JobsCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("jobs", "The scheduled jobs the server runs (mail delivery, session clean-up): list their schedules and last runs, "
            + "or run one now, for installations that prefer system cron.\n"
            + "Example: crm jobs run session-cleanup")
        {
            JobsListCommand.Create(environment, common),
            JobsRunCommand.Create(environment, common),
        };
}
