using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration.Binding;

/// <summary>One setting of a bound options object: its full key, value and the property that holds it.</summary>
internal sealed record SettingLeaf(string Key, object? Value, PropertyInfo? Property, object? Owner);

/// <summary>
/// Every setting of a bound options object, defaults included, as configuration keys: what
/// <c>crm config show</c> lists and what relative paths are resolved over.
/// </summary>
internal static class SettingsTree
{
    /// <summary>
    /// Scalars one by one; an empty list or dictionary as one leaf with a null value (its key exists,
    /// with nothing in it), so a listing still shows that the setting is there.
    /// </summary>
    public static IEnumerable<SettingLeaf> Leaves(object? value, Type type, string key, PropertyInfo? property = null, object? owner = null)
    {
        if (value is null || SettingTypes.IsScalar(type))
        {
            yield return new SettingLeaf(key, value, property, owner);
            yield break;
        }

        if (SettingTypes.DictionaryValueType(type) is { } valueType)
        {
            var entries = ((IEnumerable)value).Cast<object>().ToList();
            if (entries.Count == 0)
            {
                yield return new SettingLeaf(key, null, property, owner);
            }

            foreach (var entry in entries)
            {
                var entryType = entry.GetType();
                var name = (string)entryType.GetProperty("Key")!.GetValue(entry)!;
                foreach (var leaf in Leaves(entryType.GetProperty("Value")!.GetValue(entry), valueType, Join(key, name)))
                {
                    yield return leaf;
                }
            }

            yield break;
        }

        if (SettingTypes.ListItemType(type) is { } itemType)
        {
            var items = ((IEnumerable)value).Cast<object?>().ToList();
            if (items.Count == 0)
            {
                yield return new SettingLeaf(key, null, property, owner);
            }

            for (var i = 0; i < items.Count; i++)
            {
                foreach (var leaf in Leaves(items[i], itemType, Join(key, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                {
                    yield return leaf;
                }
            }

            yield break;
        }

        foreach (var setting in SettingTypes.Settings(type))
        {
            foreach (var leaf in Leaves(setting.GetValue(value), setting.PropertyType, Join(key, setting.Name), setting, value))
            {
                yield return leaf;
            }
        }
    }

    private static string Join(string key, string name) => key + ConfigurationPath.KeyDelimiter + name;
}
