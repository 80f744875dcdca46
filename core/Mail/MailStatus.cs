namespace CrmIntegration.Core.Mail;

/// <summary>Where a queued mail stands. Stored and shown in lower case (<c>crm mail list --status queued</c>).</summary>
public enum MailStatus
{
    /// <summary>Waiting for its next attempt (new, or after a failure that will be retried).</summary>
    Queued,

    /// <summary>Handed to the transport by a delivery run that has not reported back yet.</summary>
    Sending,

    /// <summary>Accepted by the SMTP relay, or written to the pickup directory.</summary>
    Sent,

    /// <summary>Given up: refused permanently by the relay, or out of attempts (Mail:Backoff:MaxAttempts).</summary>
    Failed,

    /// <summary>Never sent, for the reason in its log: the user opted out, has no or a bad email address, or is inactive.</summary>
    Skipped,
}
