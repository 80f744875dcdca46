using System.Globalization;
using CrmIntegration.Core.Mail;

namespace CrmIntegration.Core.Jobs.Catalog;

/// <summary>
/// Sends the mail queue's due messages (<see cref="MailDelivery"/>): the server runs it every few
/// seconds so SOAP calls never wait for a mail server; <c>crm jobs run mail-delivery</c> and
/// <c>crm mail deliver</c> run the same code. A run that leaves mail unsent (relay down, recipient
/// refused) is a failed run; the mail itself stays queued for a retry with backoff.
/// </summary>
public sealed class MailDeliveryJob : ICrmJob
{
    public const string JobName = "mail-delivery";

    public string Name => JobName;

    public string Description =>
        "Sends the queued notification mail that is due (over SMTP, or as .eml files into the outbox), retrying failures with backoff.";

    /// <summary>Every 5 seconds.</summary>
    public string DefaultCron => "*/5 * * * * ?";

    public async Task<JobOutcome> RunAsync(CrmCore core, CancellationToken cancellation)
    {
        await using var transport = core.CreateMailTransport();
        var report = await core.MailDelivery.DeliverDueAsync(transport, cancellation);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Sent {report.Sent} via {transport.Description}; {report.Retrying} to retry later, {report.Failed} failed.");
        if (report.Recovered > 0)
        {
            summary += string.Create(CultureInfo.InvariantCulture,
                $" {report.Recovered} left 'sending' by an interrupted run were queued again (same Message-Id).");
        }

        var didWork = report.Sent + report.Retrying + report.Failed + report.Recovered > 0;
        var outcome = report.AllSent ? JobOutcome.Success(summary, didWork) : JobOutcome.Failure(summary);
        return outcome with { Problems = report.Problems, Details = new MailDeliveryDetails(report, transport.Description) };
    }
}
