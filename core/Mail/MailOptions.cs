using CrmIntegration.Core.Errors;
using MimeKit;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// The configuration section <c>Mail</c> (appsettings.json or <c>CRM_Mail__…</c> environment
/// variables), bound by the server and by <c>crm mail</c> alike so both deliver the same way.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender of every notification (<c>Mail:From</c>), e.g. <c>CRM &lt;crm@example.com&gt;</c>.</summary>
    public string From { get; set; } = "CRM <crm@localhost>";

    /// <summary>
    /// Where people open records (<c>Mail:BaseUrl</c>); <c>{{link}}</c> becomes
    /// <c>{BaseUrl}/index.php?module=…&amp;action=DetailView&amp;record=…</c>, SugarCRM's record URL.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Pickup directory used when no SMTP host is set; null means <c>outbox/</c> beside the database.</summary>
    [Configuration.ConfigurationPath]
    public string? OutboxDirectory { get; set; }

    /// <summary>
    /// How long a delivery run's claim on a mail holds (<c>Mail:ClaimLease</c>, default 10 minutes).
    /// A run that dies mid-send leaves the mail "sending"; once the lease runs out any run takes it
    /// again (sent again with the same Message-Id). It must outlast the slowest send — several SMTP
    /// operations of up to <c>Mail:Smtp:Timeout</c> each — or a slow send could be sent twice.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    public NotificationSwitch Notifications { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    public RetryBackoff Backoff { get; set; } = new();

    public TemplateNames Templates { get; set; } = new();

    /// <summary>True when mail goes out over SMTP; otherwise it is written to the pickup directory.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>The parsed <see cref="From"/> address.</summary>
    public MailboxAddress Sender => MailboxAddress.TryParse(From, out var sender)
        ? sender
        : throw CrmException.InvalidData($"Mail:From '{From}' is not an email address");

    /// <summary>Refuses settings that would fail later, naming the configuration key.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> naming the first bad key.</exception>
    public void Validate() => Configuration.Checks.MailChecks.Check(this, Configuration.SettingsCheck.WithoutSources);
}

/// <summary><c>Mail:Notifications</c>: the global switch; each user also has <c>receive_notifications</c>.</summary>
public sealed class NotificationSwitch
{
    public bool Enabled { get; set; } = true;
}
