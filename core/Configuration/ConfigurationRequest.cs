namespace CrmIntegration.Core.Configuration;

/// <summary>What a host hands <see cref="CrmConfiguration"/>: everything the settings may come from.</summary>
public sealed record ConfigurationRequest
{
    /// <summary>
    /// The environment variables (the process's, or a test's own: tests run in parallel and must not
    /// share the process environment). <c>CRM_</c>-prefixed ones are settings; <c>CRM_CONFIG</c> names
    /// the installation file when <see cref="ConfigFile"/> does not.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The installation's settings file given by <c>--config FILE</c>; relative to the current directory.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The server's command line (ASP.NET Core's <c>--Section:Key=value</c>), without <c>--config</c>; empty for <c>crm</c>.</summary>
    public IReadOnlyList<string> CommandLine { get; init; } = [];

    /// <summary>Settings the host's own options give, applied last (<c>crm --db</c>).</summary>
    public IReadOnlyList<SettingOverride> Overrides { get; init; } = [];

    /// <summary>Where the built-in <c>appsettings.json</c> is: beside the host's binaries.</summary>
    public string BuiltInDirectory { get; init; } = AppContext.BaseDirectory;
}
