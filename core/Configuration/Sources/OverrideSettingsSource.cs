using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration.Sources;

/// <summary>Settings a host's own options give for one run (<c>crm --db PATH</c> is <c>Storage:Path</c>).</summary>
internal sealed class OverrideSettingsSource(IReadOnlyList<SettingOverride> overrides) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new OverrideSettingsProvider(overrides);
}

internal sealed class OverrideSettingsProvider(IReadOnlyList<SettingOverride> overrides) : ConfigurationProvider, ISettingSource
{
    public string? BaseDirectory => null;

    public string Describe(string key) =>
        overrides.LastOrDefault(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase))?.Source ?? "override";

    public override void Load() =>
        Data = overrides.ToDictionary(o => o.Key, o => (string?)o.Value, StringComparer.OrdinalIgnoreCase);
}
