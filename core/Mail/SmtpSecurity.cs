namespace CrmIntegration.Core.Mail;

/// <summary><c>Mail:Smtp:Security</c>: how the SMTP connection is protected (MailKit's SecureSocketOptions).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text, no TLS (a relay on the same host or network).</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS (usually port 587 or 25).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, STARTTLS when the server offers it elsewhere.</summary>
    Auto,
}
