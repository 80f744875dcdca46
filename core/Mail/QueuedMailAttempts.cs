namespace CrmIntegration.Core.Mail;

/// <summary>
/// How a queued mail's attempts change it, the same in every store: claimed for an attempt,
/// given back when the attempt's claim ran out, and completed with the attempt's outcome. A store
/// decides which mail and under which lock; what the mail becomes is decided here.
/// </summary>
public static class QueuedMailAttempts
{
    /// <summary>The mail taken by <paramref name="claimant"/> for a new attempt, its claim held until <paramref name="nowUtc"/> + <paramref name="lease"/>.</summary>
    public static QueuedMail Claimed(this QueuedMail mail, string claimant, DateTime nowUtc, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var attemptId = Guid.NewGuid().ToString("N");
        return mail with
        {
            Status = MailStatus.Sending,
            Attempts = mail.Attempts + 1,
            AttemptId = attemptId,
            ClaimedBy = claimant,
            LeaseUntilUtc = nowUtc + lease,
            Log = [.. mail.Log, new MailLogEntry(nowUtc, attemptId, "sending", $"attempt {mail.Attempts + 1}")],
        };
    }

    /// <summary>The mail queued again after its attempt's claim ran out without an outcome (the run stopped or overran).</summary>
    public static QueuedMail Interrupted(this QueuedMail mail, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return mail with
        {
            Status = MailStatus.Queued,
            NextAttemptUtc = nowUtc,
            ClaimedBy = null,
            AttemptId = null,
            LeaseUntilUtc = null,
            Log =
            [
                .. mail.Log,
                new MailLogEntry(nowUtc, mail.AttemptId, "interrupted",
                    "the delivery run stopped, or overran its claim, before it recorded the outcome; the mail may have been sent, "
                    + "and is sent again with the same Message-Id"),
            ],
        };
    }

    /// <summary>The mail after its attempt <paramref name="attemptId"/> ended as <paramref name="status"/> (sent, queued for a retry, or failed).</summary>
    public static QueuedMail Completed(this QueuedMail mail, string attemptId, MailStatus status, DateTime nowUtc, string detail, DateTime? nextAttemptUtc)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var outcome = status switch
        {
            MailStatus.Sent => "sent",
            MailStatus.Queued => "retry",
            _ => "failed",
        };
        return mail with
        {
            Status = status,
            NextAttemptUtc = nextAttemptUtc ?? mail.NextAttemptUtc,
            AttemptId = null,
            ClaimedBy = null,
            LeaseUntilUtc = null,
            SentUtc = status == MailStatus.Sent ? nowUtc : mail.SentUtc,
            LastError = status == MailStatus.Sent ? mail.LastError : detail,
            Log = [.. mail.Log, new MailLogEntry(nowUtc, attemptId, outcome, detail)],
        };
    }
}
