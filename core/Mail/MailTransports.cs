namespace CrmIntegration.Core.Mail;

/// <summary>The transport configuration asks for: SMTP when <c>Mail:Smtp:Host</c> is set, else the pickup directory.</summary>
public static class MailTransports
{
    public static IMailTransport Create(MailOptions options, string outboxDirectory) =>
        options.UsesSmtp ? new SmtpMailTransport(options.Smtp) : new PickupDirectoryTransport(outboxDirectory);
}
