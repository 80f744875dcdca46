namespace CrmIntegration.Core.Configuration;

/// <summary>One line of <c>crm config show</c>.</summary>
/// <param name="Key">The setting, e.g. <c>Mail:Smtp:Host</c>.</param>
/// <param name="Value">Its effective value as it would be written in a settings file (secrets masked); null when unset or an empty list.</param>
/// <param name="Source"><c>default</c>, <c>appsettings.json</c>, the settings file's path, <c>environment CRM_…</c>, <c>command line --…</c> or <c>--db</c>.</param>
public sealed record SettingValue(string Key, string? Value, string Source);
