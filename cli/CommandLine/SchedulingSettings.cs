using CrmIntegration.Core.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// The <c>Scheduling</c> settings for <c>crm jobs list</c>, from the same <c>CRM_</c> environment
/// variables the server reads (<c>CRM_Scheduling__TimeZone</c>, <c>CRM_Scheduling__Jobs__mail_delivery__Cron</c>),
/// so the list shows the schedules the server runs.
/// </summary>
internal static class SchedulingSettings
{
    public const string VariablePrefix = "CRM_";

    /// <exception cref="CliException">InvalidData when a value cannot be bound (e.g. <c>Enabled=maybe</c>).</exception>
    public static SchedulingOptions Load(CommandContext context)
    {
        var variables = (context.Variables ?? new Dictionary<string, string?>())
            .Where(v => v.Key.StartsWith(VariablePrefix, StringComparison.OrdinalIgnoreCase))
            .Select(v => KeyValuePair.Create(v.Key[VariablePrefix.Length..].Replace("__", ":", StringComparison.Ordinal), v.Value));
        var options = new SchedulingOptions();
        try
        {
            new ConfigurationBuilder().AddInMemoryCollection(variables).Build().GetSection(SchedulingOptions.Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(ExitCode.InvalidData, $"bad Scheduling settings: {e.Message}");
        }

        return options;
    }
}
