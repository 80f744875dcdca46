using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Core.Tests.Configuration;

/// <summary>
/// A directory of settings files for one test: its own built-in <c>appsettings.json</c> (so the
/// precedence tests do not depend on the shipped one's values) and installation files.
/// </summary>
internal sealed class SettingsWorld : IDisposable
{
    public SettingsWorld()
    {
        Directory.CreateDirectory(BuiltIn);
        Directory.CreateDirectory(Installation);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "crm-settings-tests-" + Guid.NewGuid().ToString("N"));

    public string BuiltIn => Path.Combine(Root, "bin");

    public string Installation => Path.Combine(Root, "etc");

    public string WriteBuiltIn(string json) => Write(Path.Combine(BuiltIn, CrmConfiguration.BuiltInFileName), json);

    public string WriteFile(string name, string json) => Write(Path.Combine(Installation, name), json);

    /// <summary>Loads as a host would, with this world's built-in file.</summary>
    public CrmSettings Load(IReadOnlyDictionary<string, string?>? environment = null, string? configFile = null,
        IReadOnlyList<string>? commandLine = null, IReadOnlyList<SettingOverride>? overrides = null) =>
        CrmConfiguration.Load(Request(environment, configFile, commandLine, overrides));

    public ConfigurationRequest Request(IReadOnlyDictionary<string, string?>? environment = null, string? configFile = null,
        IReadOnlyList<string>? commandLine = null, IReadOnlyList<SettingOverride>? overrides = null) => new()
    {
        Environment = environment ?? new Dictionary<string, string?>(),
        ConfigFile = configFile,
        CommandLine = commandLine ?? [],
        Overrides = overrides ?? [],
        BuiltInDirectory = BuiltIn,
    };

    public static Dictionary<string, string?> Variables(params (string Name, string Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => (string?)v.Value);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Write(string path, string json)
    {
        File.WriteAllText(path, json);
        return path;
    }
}
