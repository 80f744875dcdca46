namespace CrmIntegration.Core.Mail;

/// <summary><c>Mail:Smtp</c>: the relay notifications are handed to.</summary>
public sealed class SmtpOptions
{
    /// <summary>No host means no SMTP: mail goes to the pickup directory instead.</summary>
    public string? Host { get; set; }

    /// <summary>0 picks the usual port for <see cref="Security"/> (465 for SslOnConnect, else 25).</summary>
    public int Port { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Set to authenticate; otherwise mail is sent without logging in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Per SMTP operation (connect, each command), so a dead relay cannot hold delivery for long.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int EffectivePort => Port != 0 ? Port : Security == SmtpSecurity.SslOnConnect ? 465 : 25;

    /// <summary>Refuses settings that would fail only when mail is sent, naming the key.</summary>
    /// <exception cref="Errors.CrmException"><see cref="Errors.CrmErrorCode.BadConfiguration"/>.</exception>
    public void Validate() => Configuration.Checks.MailChecks.CheckSmtp(this, Configuration.SettingsCheck.WithoutSources);
}
