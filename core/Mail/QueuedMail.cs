namespace CrmIntegration.Core.Mail;

/// <summary>
/// A notification in the store's mail queue, rendered when it was queued (what the rep is told
/// reflects the record at assignment time) and sent later by <see cref="MailDelivery"/>.
/// <see cref="MessageId"/> is fixed at queueing, so every attempt sends the same Message-Id.
/// </summary>
public sealed record QueuedMail
{
    public required string Id { get; init; }

    public required MailStatus Status { get; init; }

    /// <summary>What the mail is about, e.g. <c>assignment</c>.</summary>
    public required string Kind { get; init; }

    public required string Module { get; init; }

    public required string RecordId { get; init; }

    public required string ToUserId { get; init; }

    /// <summary>The recipient as an address header (<c>Name &lt;rep@example.com&gt;</c>); empty when skipped for having none.</summary>
    public required string To { get; init; }

    public required string From { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public string? HtmlBody { get; init; }

    /// <summary>Without angle brackets, e.g. <c>3f2a…@example.com</c>.</summary>
    public required string MessageId { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public required DateTime NextAttemptUtc { get; init; }

    /// <summary>Attempts started so far (including one in progress).</summary>
    public int Attempts { get; init; }

    /// <summary>The attempt a <see cref="MailStatus.Sending"/> mail is in, and which delivery run holds it.</summary>
    public string? AttemptId { get; init; }

    public string? ClaimedBy { get; init; }

    /// <summary>
    /// Until when the claim of a <see cref="MailStatus.Sending"/> mail holds (<c>Mail:ClaimLease</c> after
    /// it was taken); past it, the claim counts as abandoned and the mail is queued again.
    /// </summary>
    public DateTime? LeaseUntilUtc { get; init; }

    public DateTime? SentUtc { get; init; }

    public string? LastError { get; init; }

    public IReadOnlyList<MailLogEntry> Log { get; init; } = [];
}
