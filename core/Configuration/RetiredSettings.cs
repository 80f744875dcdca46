using CrmIntegration.Core.Configuration.Sources;
using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// Keys of earlier versions. Each is refused, naming its replacement, rather than ignored: an
/// installation upgraded with <c>CRM_DATA_DIR</c> still set would otherwise open a new, empty
/// database somewhere else and look as if every record were lost.
/// </summary>
internal static class RetiredSettings
{
    private static readonly (string Key, string Replacement, string What)[] Keys =
    [
        ("DB", "Storage:Path", "the database file"),
        ("DATA_DIR", "Storage:Path", "the database file (the directory's crm.db)"),
        ("URLS", "Server:Urls", "the listen URLs"),
        ("ADMIN_PASSWORD", "Server:AdminPassword", "the first admin's password"),
        ("MAX_REQUEST_BODY_BYTES", "Server:MaxRequestBodyBytes", "the request size limit"),
        ("Mail:DeliveryInterval", "Scheduling:Jobs:mail-delivery:Cron",
            "a Quartz cron expression such as '*/5 * * * * ?' (every 5 seconds)"),
    ];

    public static void Refuse(IConfigurationRoot root)
    {
        foreach (var (key, replacement, what) in Keys)
        {
            switch (SettingSources.ProviderOf(root, key))
            {
                case null:
                    continue;
                case EnvironmentSettingsProvider environment:
                    throw CrmException.RetiredSetting(environment.VariableOf(key), $"set {CrmConfiguration.VariableFor(replacement)} to {what} instead");
                default:
                    throw CrmException.RetiredSetting($"{key} (from {SettingSources.Describe(root, key)})", $"set {replacement} to {what} instead");
            }
        }
    }
}
