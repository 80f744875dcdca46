namespace CrmIntegration.Core.Mail;

/// <summary>
/// What <see cref="NotificationService"/> did: queued a mail (<see cref="MailId"/>), or not, and why.
/// A skip for a reason that concerns the user (no address, opted out) is also kept in the queue as
/// a <see cref="MailStatus.Skipped"/> entry, so <c>crm mail list</c> shows it.
/// </summary>
public sealed record NotificationOutcome(bool Queued, string? MailId, string? SkipReason)
{
    public static NotificationOutcome Sent(string mailId) => new(true, mailId, null);

    public static NotificationOutcome Skipped(string reason, string? mailId = null) => new(false, mailId, reason);
}
