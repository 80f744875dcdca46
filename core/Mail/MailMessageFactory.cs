using MimeKit;
using MimeKit.Text;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Builds the MIME message of a queued mail. Everything that identifies it comes from the queue
/// (Message-Id, Date = when it was queued), so a resend after a crash is the same message and a
/// receiving system can discard the copy.
/// </summary>
public static class MailMessageFactory
{
    public static MimeMessage Build(QueuedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage
        {
            MessageId = mail.MessageId,
            Date = new DateTimeOffset(mail.CreatedUtc, TimeSpan.Zero),
            Subject = mail.Subject,
        };
        message.From.Add(MailboxAddress.Parse(mail.From));
        message.To.Add(MailboxAddress.Parse(mail.To));

        // RFC 3834: tells auto-responders (out-of-office) not to answer a machine.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var text = Utf8(TextFormat.Plain, mail.TextBody);
        message.Body = mail.HtmlBody is null
            ? text
            : new MultipartAlternative { text, Utf8(TextFormat.Html, mail.HtmlBody) };

        // Seven-bit transfer encodings, so any relay or pickup agent passes the message unchanged.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    /// <summary>The Message-Id for a new mail: its queue id at the sender's domain.</summary>
    public static string NewMessageId(string mailId, MailboxAddress sender) =>
        $"{mailId}@{(sender.Domain is { Length: > 0 } domain ? domain : "crm.localhost")}";

    private static TextPart Utf8(TextFormat format, string content)
    {
        var part = new TextPart(format);
        part.SetText("utf-8", content);
        return part;
    }
}
