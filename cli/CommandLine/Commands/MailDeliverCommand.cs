using System.CommandLine;
using System.Globalization;
using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Jobs.Catalog;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm mail deliver</c>: one run of the mail-delivery job, the same as <c>crm jobs run mail-delivery</c>
/// (same code, same lease, recorded alike), with the output and exit code 9 it has always had.
/// </summary>
internal static class MailDeliverCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var command = new Command("deliver", "Send the queued mail that is due, then exit: one run of the mail-delivery job, as "
            + "'crm jobs run mail-delivery'. SMTP settings (Mail:Smtp:Host, …) are the installation's, as the server reads them; "
            + "without a host, mail is written as .eml files to outbox/ beside the database. Mail that fails stays queued and is "
            + "retried with backoff (exit code 9); while another run of the job is in progress it refuses (exit code 12).\n"
            + "Example (crontab): * * * * * cd /srv/crm && scripts/crm mail deliver");
        command.SetHandler(environment, common, (_, context) => RunAsync(context));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(CommandContext context)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var runner = new JobRunner(core, JobCatalog.Default, JobHost.Current(JobHost.Crm));
        var result = await runner.RunAsync(MailDeliveryJob.JobName, JobTrigger.Manual, null, context.Cancellation);
        if (result.RunningElsewhere is { } holder)
        {
            throw JobsRunCommand.AlreadyRunning(holder);
        }

        context.Cancellation.ThrowIfCancellationRequested();
        if (result.Outcome!.Details is not MailDeliveryDetails { Report: var report, Transport: var transport })
        {
            // The job threw before delivering anything (e.g. the transport could not be set up).
            throw new CliException(ExitCode.Failure, $"mail delivery failed: {result.Outcome.Summary}");
        }

        if (report.Recovered > 0)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Recovered} mail(s) left 'sending' by an interrupted run were queued again (same Message-Id)."));
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sent {report.Sent} via {transport}; {report.Retrying} to retry later, {report.Failed} failed."));
        foreach (var problem in report.Problems)
        {
            context.Error.WriteLine("crm: not sent: " + problem.ReplaceLineEndings(" "));
        }

        return report.AllSent ? ExitCode.Ok : ExitCode.DeliveryFailed;
    }
}
