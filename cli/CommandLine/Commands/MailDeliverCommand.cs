using System.CommandLine;
using System.Globalization;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm mail deliver</c>: one delivery run, what the server's job does every few seconds, for
/// installations that run it from system cron (handed to the server when it holds the database).
/// </summary>
internal static class MailDeliverCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var command = new Command("deliver", "Send the queued mail that is due, then exit. SMTP settings come from the "
            + "server's environment variables (CRM_Mail__Smtp__Host, …); without a host, mail is written as .eml files "
            + "to outbox/ beside the database. Mail that fails stays queued and is retried with backoff (exit code 9).\n"
            + "Example (crontab): * * * * * cd /srv/crm && scripts/crm mail deliver");
        command.SetHandler(environment, common, (_, context) => RunAsync(context));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(CommandContext context)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        await using var transport = core.CreateMailTransport();
        var report = await core.MailDelivery.DeliverDueAsync(transport, context.Cancellation);
        context.Cancellation.ThrowIfCancellationRequested();
        if (report.Recovered > 0)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Recovered} mail(s) left 'sending' by an interrupted run were queued again (same Message-Id)."));
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sent {report.Sent} via {transport.Description}; {report.Retrying} to retry later, {report.Failed} failed."));
        foreach (var problem in report.Problems)
        {
            context.Error.WriteLine("crm: not sent: " + problem.ReplaceLineEndings(" "));
        }

        return report.AllSent ? ExitCode.Ok : ExitCode.DeliveryFailed;
    }
}
