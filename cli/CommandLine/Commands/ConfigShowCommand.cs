using System.CommandLine;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm config show</c>: every setting's effective value and where it came from, secrets masked.</summary>
internal static class ConfigShowCommand
{
    private const string NotSet = "(not set)";

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("show", "Print every setting of every section (Storage, Security, Matching, Mail, Intake, Scheduling, Admin, Server, "
            + "then any other key the sources set), defaults included: its effective value and its source (default, "
            + "appsettings.json, the --config file, environment CRM_X__Y, --db). Passwords, tokens and secrets are masked. "
            + "The settings are checked as at any start: a bad one exits with code 11 naming it. Does not open the database.\n"
            + "Example: crm config show\n"
            + "Example: crm config show --config /etc/crm/crm.json --format json | jq -r '.[] | select(.source != \"default\") | .key'")
        {
            format,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetValue(format) ?? OutputFormat.Table)), handOff: false);
        return command;
    }

    internal static ExitCode Run(CommandContext context, string format)
    {
        var listing = SettingsListing.Of(context.Settings ?? CrmConfiguration.Load(new ConfigurationRequest()));
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Output, listing);
            return ExitCode.Ok;
        }

        TableOutput.Write(context, ["key", "value", "source"], listing.Select(s => (IReadOnlyList<string>)[s.Key, s.Value ?? NotSet, s.Source]));
        return ExitCode.Ok;
    }
}
