using System.Globalization;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Sends the queued mail that is due, one mail per claim, and records every attempt.
/// <para>
/// Guarantee: at least once. A mail is marked "sending" (with a new attempt id) before it is handed
/// to the relay and "sent" right after the relay accepts it. Between those two writes lies a window
/// of one SMTP reply: if the process dies there, the relay may have the mail while the queue says
/// "sending". No protocol closes that window (SMTP has no two-phase commit), so such a mail is sent
/// again after the restart (or, elsewhere, once its claim's lease runs out) rather than risked lost,
/// with the same Message-Id and Date, which lets the receiving side recognise the copy. A failure
/// before acceptance is retried with backoff.
/// </para>
/// </summary>
public sealed class MailDelivery(ICrmStore store, MailOptions options, TimeProvider clock)
{
    /// <summary>
    /// Identifies this instance's claims. Each claim holds for <see cref="MailOptions.ClaimLease"/>:
    /// a "sending" mail whose claim ran out was left by a run that died (or hung), whichever process
    /// it was in, and any run takes it again (<see cref="ICrmStore.ReleaseExpiredMailClaims"/>).
    /// </summary>
    private readonly string _claimant = Guid.NewGuid().ToString("N");

    private readonly SemaphoreSlim _oneRunAtATime = new(1, 1);

    /// <summary>
    /// Sends every mail due now through <paramref name="transport"/>. Stops early, leaving the rest
    /// queued, when the transport reports the relay unavailable (every further mail would fail the
    /// same way, each after a timeout). Mail that fails again later than now is not retried in this run.
    /// </summary>
    public async Task<DeliveryReport> DeliverDueAsync(IMailTransport transport, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(transport);
        await _oneRunAtATime.WaitAsync(cancellation);
        try
        {
            return await RunAsync(transport, cancellation);
        }
        finally
        {
            _oneRunAtATime.Release();
        }
    }

    private async Task<DeliveryReport> RunAsync(IMailTransport transport, CancellationToken cancellation)
    {
        var started = Now();
        var recovered = store.ReleaseExpiredMailClaims(started);
        int sent = 0, retrying = 0, failed = 0;
        var problems = new List<string>();

        // Claims are limited to what was due when the run started, so a mail retried with a very
        // short backoff cannot keep one run going.
        while (!cancellation.IsCancellationRequested && store.ClaimDueMail(started, Now(), _claimant, options.ClaimLease) is { } mail)
        {
            var result = await SendAsync(transport, mail, cancellation);
            var status = Complete(mail, result);
            switch (status)
            {
                case MailStatus.Sent:
                    sent++;
                    continue;
                case MailStatus.Queued:
                    retrying++;
                    break;
                default:
                    failed++;
                    break;
            }

            problems.Add($"{mail.Id} to {mail.To}: {result.Detail}");
            if (result.Outcome == MailSendOutcome.Unavailable)
            {
                break;
            }
        }

        return new DeliveryReport(sent, retrying, failed, recovered, problems);
    }

    private static async Task<MailSendResult> SendAsync(IMailTransport transport, QueuedMail mail, CancellationToken cancellation)
    {
        try
        {
            return await transport.SendAsync(MailMessageFactory.Build(mail), cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped mid-send (server shutting down): whether the relay got it is unknown, so it is retried.
            return new MailSendResult(MailSendOutcome.Unavailable, "delivery was stopped during the attempt");
        }
        catch (Exception e)
        {
            // A transport is meant to report, not throw; whatever it threw, the mail must not stay "sending".
            return new MailSendResult(MailSendOutcome.Retry, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private MailStatus Complete(QueuedMail mail, MailSendResult result)
    {
        var now = Now();
        var attempt = mail.AttemptId!;
        if (result.Outcome == MailSendOutcome.Sent)
        {
            store.CompleteMailAttempt(mail.Id, attempt, MailStatus.Sent, now, result.Detail);
            return MailStatus.Sent;
        }

        if (result.Outcome == MailSendOutcome.Rejected || mail.Attempts >= options.Backoff.MaxAttempts)
        {
            var why = result.Outcome == MailSendOutcome.Rejected
                ? result.Detail
                : string.Create(CultureInfo.InvariantCulture, $"{result.Detail} (gave up after {mail.Attempts} attempts)");
            store.CompleteMailAttempt(mail.Id, attempt, MailStatus.Failed, now, why);
            return MailStatus.Failed;
        }

        var next = now + options.Backoff.DelayAfter(mail.Attempts);
        store.CompleteMailAttempt(mail.Id, attempt, MailStatus.Queued, now, result.Detail, next);
        return MailStatus.Queued;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
