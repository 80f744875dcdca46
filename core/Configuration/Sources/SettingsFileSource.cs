using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CrmIntegration.Core.Configuration.Sources;

/// <summary>A JSON settings file (the built-in <c>appsettings.json</c> or the installation's <c>--config</c> file).</summary>
internal sealed class SettingsFileSource : JsonConfigurationSource
{
    public SettingsFileSource(string fullPath, string label, bool optional)
    {
        FullPath = fullPath;
        Label = label;
        Path = System.IO.Path.GetFileName(fullPath);
        FileProvider = new PhysicalFileProvider(System.IO.Path.GetDirectoryName(fullPath)!);
        Optional = optional;
        ReloadOnChange = false;
    }

    public string FullPath { get; }

    public string Label { get; }

    public override IConfigurationProvider Build(IConfigurationBuilder builder) => new SettingsFileProvider(this);
}

internal sealed class SettingsFileProvider(SettingsFileSource source) : JsonConfigurationProvider(source), ISettingSource
{
    public string? BaseDirectory => System.IO.Path.GetDirectoryName(source.FullPath);

    public string Describe(string key) => source.Label;

    /// <summary>Turns a syntax error into one line naming the file and the place (no stack trace at start-up).</summary>
    public override void Load()
    {
        try
        {
            base.Load();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            throw CrmException.ConfigurationFileUnreadable(source.FullPath, Innermost(e).Message);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
