namespace CrmIntegration.Core.Mail;

/// <summary>
/// A notification's text with <c>{{placeholders}}</c>; <c>HtmlBody</c> is optional. <c>Name</c> is
/// the EmailTemplates name it came from; <c>BuiltIn</c> marks the text shipped with the server
/// (used when no EmailTemplates record has that name).
/// </summary>
public sealed record MailTemplate(string Name, string Subject, string TextBody, string? HtmlBody, bool BuiltIn = false);
