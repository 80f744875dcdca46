using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm config</c>: the settings both hosts read.</summary>
internal static class ConfigCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("config", "The settings crm and the server read: built-in appsettings.json, then --config FILE (or $CRM_CONFIG), "
            + "then CRM_Section__Key environment variables (then, for crm, --db).\n"
            + "Example: crm config show --config /etc/crm/crm.json")
        {
            ConfigShowCommand.Create(environment, common),
        };
}
