namespace CrmIntegration.Core.Mail;

/// <summary>
/// One line of a mail's delivery log. <c>AttemptId</c> is the delivery attempt it belongs to (null
/// for queueing and skipping); <c>Outcome</c> is queued, skipped, sending, sent, retry, failed or
/// interrupted; <c>Detail</c> is the SMTP response or error, the file written, or why it was skipped.
/// </summary>
public sealed record MailLogEntry(DateTime TimeUtc, string? AttemptId, string Outcome, string Detail);
