using MimeKit;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Hands messages on (SMTP relay, pickup directory). One instance serves one delivery run and
/// may keep a connection open across its messages; disposing it closes the connection.
/// </summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Where the mail goes, for logs and <c>crm mail deliver</c>'s output.</summary>
    string Description { get; }

    /// <summary>Sends one message. Delivery problems are results, not exceptions; cancellation throws.</summary>
    Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellation);
}
