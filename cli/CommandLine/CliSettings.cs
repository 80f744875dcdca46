using System.CommandLine;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// The settings of one <c>crm</c> run, read by the loader the server uses: the built-in
/// appsettings.json, <c>--config FILE</c> (else <c>CRM_CONFIG</c>), <c>CRM_</c> environment
/// variables, then <c>--db</c> as <c>Storage:Path</c>. A bad setting is core's BadConfiguration
/// error, exit code 11.
/// </summary>
internal static class CliSettings
{
    public const string DatabaseOptionSource = "--db";

    public static CrmSettings Load(ParseResult parseResult, CommonOptions common, IReadOnlyDictionary<string, string?>? variables)
    {
        var database = parseResult.GetValue(common.Database);
        return CrmConfiguration.Load(new ConfigurationRequest
        {
            Environment = variables ?? new Dictionary<string, string?>(),
            ConfigFile = parseResult.GetValue(common.Config),
            Overrides = database is null ? [] : [new SettingOverride("Storage:Path", database, DatabaseOptionSource)],
        });
    }
}
