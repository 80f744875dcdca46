namespace CrmIntegration.Core.Configuration;

/// <summary>One setting a host's own option sets for this run, after every other source (<c>crm --db</c>).</summary>
/// <param name="Key">The setting, e.g. <c>Storage:Path</c>.</param>
/// <param name="Value">Its value.</param>
/// <param name="Source">How <c>crm config show</c> names where it came from, e.g. <c>--db</c>.</param>
public sealed record SettingOverride(string Key, string Value, string Source);
