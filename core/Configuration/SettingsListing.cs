using System.Text.RegularExpressions;
using CrmIntegration.Core.Configuration.Binding;
using CrmIntegration.Core.Configuration.Sources;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// Every setting with its effective value and source: each key of each section (defaults included,
/// in the options classes' order), then any other key the sources set (<c>Logging:…</c>). Secrets
/// are masked: passwords, tokens, secrets, and the password inside a connection string.
/// </summary>
public static partial class SettingsListing
{
    public const string Mask = "********";

    public static IReadOnlyList<SettingValue> Of(CrmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var listed = new List<SettingValue>();
        foreach (var section in settings.Sections)
        {
            foreach (var leaf in SettingsTree.Leaves(settings.Get(section), section.OptionsType, section.Name))
            {
                listed.Add(new SettingValue(leaf.Key, Masked(leaf.Key, SettingTypes.Format(leaf.Value)), settings.SourceOf(leaf.Key)));
            }
        }

        var sectionNames = settings.Sections.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var others = settings.Configuration.AsEnumerable()
            .Where(p => p.Value is not null && !sectionNames.Contains(p.Key.Split(ConfigurationPath.KeyDelimiter)[0])
                && SettingSources.ProviderOf(settings.Configuration, p.Key) is ISettingSource)
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Select(p => new SettingValue(p.Key, Masked(p.Key, p.Value), settings.SourceOf(p.Key)));
        listed.AddRange(others);
        return listed;
    }

    /// <summary><paramref name="value"/>, or <see cref="Mask"/> when <paramref name="key"/> names a secret.</summary>
    public static string? Masked(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var name = key[(key.LastIndexOf(':') + 1)..];
        if (SecretName().IsMatch(name))
        {
            return Mask;
        }

        return name.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase)
            ? UrlPassword().Replace(ConnectionPassword().Replace(value, m => m.Groups[1].Value + "=" + Mask), m => m.Groups[1].Value + ":" + Mask + "@")
            : value;
    }

    [GeneratedRegex("(password|secret|token|apikey|pwd)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"\b(password|pwd)\s*=\s*[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();

    /// <summary>The password of a URL's user information: <c>postgres://user:password@host</c>.</summary>
    [GeneratedRegex(@"^([a-z][a-z0-9+.-]*://[^:/@]*):[^@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
