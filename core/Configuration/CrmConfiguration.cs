using CrmIntegration.Core.Configuration.Sources;
using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// The one configuration loader of both hosts. Sources, later ones winning: the built-in
/// <c>appsettings.json</c> (shipped beside the binaries), the installation's file (<c>--config FILE</c>,
/// else <c>CRM_CONFIG</c>), <c>CRM_</c>-prefixed environment variables (<c>CRM_Section__Key</c>), the
/// server's command line (<c>--Section:Key=value</c>), then the host's own overrides (<c>crm --db</c>).
/// <see cref="CrmSettings.Bind"/> then reads and checks every section.
/// </summary>
public static class CrmConfiguration
{
    public const string EnvironmentPrefix = "CRM_";

    /// <summary>The environment variable naming the installation's settings file.</summary>
    public const string ConfigFileVariable = "CRM_CONFIG";

    /// <summary>The option naming the installation's settings file, on both hosts.</summary>
    public const string ConfigOption = "--config";

    public const string BuiltInFileName = "appsettings.json";

    /// <summary>Loads every source and binds and checks every section.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/>, one line naming the key (or file) and what is wrong.</exception>
    public static CrmSettings Load(ConfigurationRequest request) => CrmSettings.Bind(Build(request));

    /// <summary>The sources of <paramref name="request"/>, loaded, without binding them.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> for a missing or unreadable file.</exception>
    public static IConfigurationRoot Build(ConfigurationRequest request)
    {
        var builder = new ConfigurationBuilder();
        AddSources(builder, request);
        return builder.Build();
    }

    /// <summary>
    /// Adds the sources in their order to <paramref name="builder"/> (the server's own configuration
    /// manager, which loads each at once; tests may add more after them).
    /// </summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> for a missing or unreadable file.</exception>
    public static void AddSources(IConfigurationBuilder builder, ConfigurationRequest request)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(request);
        builder.Add(new SettingsFileSource(Path.Combine(Path.GetFullPath(request.BuiltInDirectory), BuiltInFileName), BuiltInFileName, optional: true));
        if (InstallationFile(request) is { } file)
        {
            builder.Add(new SettingsFileSource(file, file, optional: false));
        }

        builder.Add(new EnvironmentSettingsSource(request.Environment));
        if (request.CommandLine.Count > 0)
        {
            builder.Add(new CommandLineSettingsSource(request.CommandLine));
        }

        if (request.Overrides.Count > 0)
        {
            builder.Add(new OverrideSettingsSource(request.Overrides));
        }
    }

    /// <summary>
    /// Splits <c>--config FILE</c> (or <c>--config=FILE</c>) off a command line; the rest is settings
    /// in ASP.NET Core's form. The server calls it with its arguments.
    /// </summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> when <c>--config</c> has no file.</exception>
    public static (string? ConfigFile, string[] Settings) TakeConfigOption(IReadOnlyList<string> args)
    {
        string? file = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (string.Equals(arg, ConfigOption, StringComparison.OrdinalIgnoreCase))
            {
                file = i + 1 < args.Count && !args[i + 1].StartsWith('-') ? args[++i]
                    : throw CrmException.SettingInvalid(ConfigOption, "needs the settings file, e.g. --config /etc/crm/crm.json", null);
            }
            else if (arg.StartsWith(ConfigOption + "=", StringComparison.OrdinalIgnoreCase))
            {
                file = arg[(ConfigOption.Length + 1)..];
            }
            else
            {
                rest.Add(arg);
            }
        }

        return (file, [.. rest]);
    }

    /// <summary>This process's environment variables, for <see cref="ConfigurationRequest.Environment"/> (hosts only; tests pass their own).</summary>
    public static IReadOnlyDictionary<string, string?> ProcessEnvironment() =>
        System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);

    /// <summary>The environment variable that sets <paramref name="key"/>: <c>Mail:Smtp:Host</c> → <c>CRM_Mail__Smtp__Host</c>.</summary>
    public static string VariableFor(string key) =>
        EnvironmentPrefix + key.Replace(ConfigurationPath.KeyDelimiter, "__", StringComparison.Ordinal);

    private static string? InstallationFile(ConfigurationRequest request)
    {
        var (path, origin) = request.ConfigFile is { Length: > 0 } given ? (given, ConfigOption)
            : request.Environment.TryGetValue(ConfigFileVariable, out var fromVariable) && !string.IsNullOrWhiteSpace(fromVariable)
                ? (fromVariable, ConfigFileVariable)
                : (null, null);
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw CrmException.ConfigurationFileMissing(origin!, full);
    }
}
