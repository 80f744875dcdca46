using CrmIntegration.Core.Errors;

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

    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw CrmException.InvalidData($"Mail:Smtp:Port {Port} is not a TCP port");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw CrmException.InvalidData("Mail:Smtp:Timeout must be positive");
        }

        if (!string.IsNullOrEmpty(UserName) && Password is null)
        {
            throw CrmException.InvalidData("Mail:Smtp:UserName is set but Mail:Smtp:Password is not");
        }
    }
}
