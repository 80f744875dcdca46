using CrmIntegration.Core.Mail;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// The <c>Mail</c> settings from the same <c>CRM_</c> environment variables the server reads
/// (<c>CRM_Mail__Smtp__Host</c>, <c>CRM_Mail__From</c>, …), so <c>crm mail deliver</c> from cron
/// sends exactly as the server's job would.
/// </summary>
internal static class MailSettings
{
    public static MailOptions FromEnvironment()
    {
        var options = new MailOptions();
        new ConfigurationBuilder().AddEnvironmentVariables("CRM_").Build().GetSection(MailOptions.Section).Bind(options);
        return options;
    }
}
