using CrmIntegration.Core.Mail;
using MimeKit;

namespace CrmIntegration.Core.Configuration.Checks;

/// <summary>The <c>Mail</c> section's checks: settings that would otherwise fail only when mail is sent.</summary>
internal static class MailChecks
{
    private const string Section = MailOptions.Section;

    public static void Check(MailOptions options, SettingsCheck check)
    {
        if (!MailboxAddress.TryParse(options.From, out var sender) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            throw check.Invalid($"{Section}:From", $"is '{options.From}', which is not an email address: give one such as CRM <crm@example.com>");
        }

        if (options.BaseUrl is { Length: > 0 } baseUrl
            && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw check.Invalid($"{Section}:BaseUrl", $"is '{baseUrl}', which is not an absolute http(s) URL: give the CRM's address, e.g. https://crm.example.com");
        }

        CheckSmtp(options.Smtp, check);
        if (options.ClaimLease <= options.Smtp.Timeout)
        {
            throw check.Invalid($"{Section}:ClaimLease", $"is {options.ClaimLease:c}, not longer than {Section}:Smtp:Timeout ({options.Smtp.Timeout:c}): "
                + "a slow send could outlive its claim and be sent twice; give several times the timeout (default 00:10:00)");
        }

        CheckBackoff(options.Backoff, check);
        check.NotEmpty($"{Section}:Templates:LeadAssigned", options.Templates.LeadAssigned, "lead_assigned");
        check.NotEmpty($"{Section}:Templates:OpportunityAssigned", options.Templates.OpportunityAssigned, "opportunity_assigned");
        check.NotEmpty($"{Section}:Templates:RecordAssigned", options.Templates.RecordAssigned, "record_assigned");
    }

    public static void CheckBackoff(RetryBackoff backoff, SettingsCheck check)
    {
        check.Positive($"{Section}:Backoff:Initial", backoff.Initial);
        if (backoff.Max < backoff.Initial)
        {
            throw check.Invalid($"{Section}:Backoff:Max", $"is {backoff.Max:c}, shorter than {Section}:Backoff:Initial ({backoff.Initial:c}): it must be at least that");
        }

        check.AtLeast($"{Section}:Backoff:MaxAttempts", backoff.MaxAttempts, 1);
    }

    public static void CheckSmtp(SmtpOptions smtp, SettingsCheck check)
    {
        var key = $"{Section}:Smtp";
        if (smtp.Port is < 0 or > 65535)
        {
            throw check.Invalid($"{key}:Port", $"is {smtp.Port}, which is not a TCP port: give 1 to 65535, or 0 for the usual port of {key}:Security");
        }

        check.Positive($"{key}:Timeout", smtp.Timeout);
        if (!string.IsNullOrEmpty(smtp.UserName) && smtp.Password is null)
        {
            throw check.Invalid($"{key}:UserName", $"is set but {key}:Password is not: set both to log in to the relay, or neither");
        }
    }
}
