using System.Globalization;
using CrmIntegration.Core.Configuration.Sources;
using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration.Binding;

/// <summary>
/// Walks a section's keys against its options class before binding, so that a misspelt key or a
/// value of the wrong kind stops the host naming the key, its source and what would be right,
/// instead of being ignored (a typo) or failing inside the binder with a stack trace.
/// </summary>
internal static class SettingsShape
{
    public static void Check(IConfigurationRoot root, IConfigurationSection section, Type type) =>
        Walk(root, section, type, SettingTypes.DefaultsOf(type));

    private static void Walk(IConfigurationRoot root, IConfigurationSection node, Type type, object? defaults)
    {
        var children = node.GetChildren().ToList();
        if (SettingTypes.IsScalar(type))
        {
            if (children.Count > 0)
            {
                throw CrmException.SettingIsNotASection(node.Path, SettingSources.DescribeAny(root, children[0]));
            }

            if (node.Value is { } value && !SettingTypes.CanRead(value, type))
            {
                throw CrmException.SettingNotUnderstood(node.Path, value, SettingTypes.Expected(type, defaults),
                    SettingSources.Describe(root, node.Path));
            }

            return;
        }

        if (children.Count == 0)
        {
            // An empty section ("Teams": {}) is fine; a single value where a section belongs is not.
            if (node.Value is { Length: > 0 })
            {
                throw CrmException.SettingInvalid(node.Path, "is a section, not a single value: set the keys below it", SettingSources.Describe(root, node.Path));
            }

            return;
        }

        if (SettingTypes.DictionaryValueType(type) is { } valueType)
        {
            foreach (var child in children)
            {
                Walk(root, child, valueType, SettingTypes.DefaultsOf(valueType));
            }

            return;
        }

        if (SettingTypes.ListItemType(type) is { } itemType)
        {
            foreach (var child in children)
            {
                if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    throw CrmException.SettingInvalid(child.Path, $"is not a list position: the entries of {node.Path} are numbered 0, 1, 2, …",
                        SettingSources.DescribeAny(root, child));
                }

                Walk(root, child, itemType, SettingTypes.DefaultsOf(itemType));
            }

            return;
        }

        var settings = SettingTypes.Settings(type);
        foreach (var child in children)
        {
            var property = settings.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase))
                ?? throw CrmException.UnknownSetting(child.Path, node.Path, settings.Select(p => p.Name), SettingSources.DescribeAny(root, child));
            Walk(root, child, property.PropertyType, defaults is null ? SettingTypes.DefaultsOf(property.PropertyType) : property.GetValue(defaults));
        }
    }
}
