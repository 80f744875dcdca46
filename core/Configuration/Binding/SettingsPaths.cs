using System.Reflection;
using CrmIntegration.Core.Configuration.Sources;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration.Binding;

/// <summary>
/// Makes every <see cref="ConfigurationPathAttribute"/> setting absolute, by the rule the README
/// states: relative to the settings file that set it, else to the current directory.
/// </summary>
internal static class SettingsPaths
{
    /// <summary>The in-memory store's name; not a path.</summary>
    public const string InMemory = Storage.StoreFactory.InMemoryPath;

    public static void Resolve(IConfigurationRoot root, object options, string section)
    {
        foreach (var leaf in SettingsTree.Leaves(options, options.GetType(), section).ToList())
        {
            if (leaf is { Value: string { Length: > 0 } path, Property: { } property, Owner: { } owner }
                && property.GetCustomAttribute<ConfigurationPathAttribute>() is not null && path != InMemory)
            {
                var baseDirectory = SettingSources.ProviderOf(root, leaf.Key) is ISettingSource { BaseDirectory: { } directory }
                    ? directory
                    : Directory.GetCurrentDirectory();
                property.SetValue(owner, Path.GetFullPath(path, baseDirectory));
            }
        }
    }
}
