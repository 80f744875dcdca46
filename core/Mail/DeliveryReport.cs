namespace CrmIntegration.Core.Mail;

/// <summary>
/// What one delivery run did: mails sent, left queued for a retry, given up; <c>Recovered</c> counts
/// mails found still "sending" from a run that died, put back to be sent again; <c>Problems</c> has
/// one line per mail not sent (id, recipient, error).
/// </summary>
public sealed record DeliveryReport(int Sent, int Retrying, int Failed, int Recovered, IReadOnlyList<string> Problems)
{
    public bool AllSent => Retrying == 0 && Failed == 0;
}
