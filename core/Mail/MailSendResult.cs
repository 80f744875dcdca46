namespace CrmIntegration.Core.Mail;

/// <summary>What a transport made of one message.</summary>
public enum MailSendOutcome
{
    /// <summary>Accepted (the relay's 250) or written to the pickup directory.</summary>
    Sent,

    /// <summary>Refused for this message only, for now (a 4xx reply); try it again later.</summary>
    Retry,

    /// <summary>Refused for good (a 5xx reply to the sender, a recipient or the content).</summary>
    Rejected,

    /// <summary>The relay could not be reached or used (connection, TLS, login, timeout); later messages would fail too.</summary>
    Unavailable,
}

/// <summary>A transport's outcome with its detail: the relay's response, the file written, or the error.</summary>
public sealed record MailSendResult(MailSendOutcome Outcome, string Detail);
