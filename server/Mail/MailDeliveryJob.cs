using CrmIntegration.Core;
using Quartz;

namespace CrmIntegration.Server.Mail;

/// <summary>
/// Sends the mail queue's due messages (DESIGN.md, Scheduling: Quartz in the server; <c>crm mail
/// deliver</c> does the same from system cron). Runs on Quartz's threads, so SOAP calls never wait
/// for a mail server; it touches the store only for the short claim and outcome writes.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class MailDeliveryJob(CrmCore core, ILogger<MailDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("mail-delivery", "crm");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var transport = core.CreateMailTransport();
            var report = await core.MailDelivery.DeliverDueAsync(transport, cancellationToken);
            if (report.Recovered > 0)
            {
                logger.LogWarning("Mail: {Count} mail(s) were left 'sending' by a run that stopped; sending them again with the same Message-Id",
                    report.Recovered);
            }

            if (report.Sent > 0)
            {
                logger.LogInformation("Mail: sent {Count} via {Transport}", report.Sent, transport.Description);
            }

            foreach (var problem in report.Problems)
            {
                logger.LogWarning("Mail delivery failed: {Problem}", problem);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping; unsent mail stays queued for the next start.
        }
        catch (Exception e)
        {
            // Logged here rather than thrown: Quartz would only log it too, and the next run retries.
            logger.LogError(e, "Mail delivery run failed");
        }
    }
}
