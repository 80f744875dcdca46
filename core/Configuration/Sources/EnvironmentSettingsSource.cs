using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration.Sources;

/// <summary>
/// <c>CRM_</c>-prefixed environment variables with ASP.NET Core's conventions (<c>CRM_Mail__Smtp__Host</c>
/// is <c>Mail:Smtp:Host</c>), read from a dictionary so that tests never touch the process environment.
/// </summary>
internal sealed class EnvironmentSettingsSource(IReadOnlyDictionary<string, string?> variables) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new EnvironmentSettingsProvider(variables);
}

internal sealed class EnvironmentSettingsProvider(IReadOnlyDictionary<string, string?> variables) : ConfigurationProvider, ISettingSource
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    public string? BaseDirectory => null;

    public string Describe(string key) => "environment " + VariableOf(key);

    /// <summary>The variable that set <paramref name="key"/>, or the one that would.</summary>
    public string VariableOf(string key) =>
        _names.TryGetValue(key, out var name) ? name : CrmConfiguration.VariableFor(key);

    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        _names.Clear();

        // Sorted, so that of two spellings of one key (CRM_A__B and CRM_a__b) the same one wins every time.
        foreach (var (name, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith(CrmConfiguration.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, CrmConfiguration.ConfigFileVariable, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var key = name[CrmConfiguration.EnvironmentPrefix.Length..].Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
            data[key] = value;
            _names[key] = name;
        }

        Data = data;
    }
}
