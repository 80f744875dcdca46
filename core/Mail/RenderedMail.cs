namespace CrmIntegration.Core.Mail;

/// <summary>
/// A template with its placeholders filled. Unknown placeholders are left in the text as written
/// (a typo shows up in the mail instead of silently vanishing) and listed here so the queue's log
/// can name them.
/// </summary>
public sealed record RenderedMail(string Subject, string TextBody, string? HtmlBody, IReadOnlyList<string> UnknownPlaceholders);
