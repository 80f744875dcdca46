using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;

namespace CrmIntegration.Core.Configuration.Sources;

/// <summary>The server's command line, as ASP.NET Core reads it: <c>--Section:Key=value</c> or <c>--Section:Key value</c>.</summary>
internal sealed class CommandLineSettingsSource(IReadOnlyList<string> args) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new CommandLineSettingsProvider(args);
}

internal sealed class CommandLineSettingsProvider(IReadOnlyList<string> args) : CommandLineConfigurationProvider(args), ISettingSource
{
    public string? BaseDirectory => null;

    public string Describe(string key) => $"command line --{key}";

    public override void Load()
    {
        try
        {
            base.Load();
        }
        catch (FormatException e)
        {
            throw CrmException.CommandLineSettingUnreadable(e.Message);
        }
    }
}
