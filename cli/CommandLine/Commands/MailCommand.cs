using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm mail</c>: the notification mail queue.</summary>
internal static class MailCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("mail", "The notification mail queue: deliver due mail (for system cron), list the queue and its log.\n"
            + "Example: crm mail list --status failed")
        {
            MailDeliverCommand.Create(environment, common),
            MailListCommand.Create(environment, common),
        };
}
