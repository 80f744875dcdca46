using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace CrmIntegration.Core.Configuration.Binding;

/// <summary>
/// How the loader sees an options class: which properties are settings, which types hold one value,
/// how a value is read (as the configuration binder reads it) and how it is written back.
/// </summary>
internal static class SettingTypes
{
    /// <summary>Public properties with a public setter: what the binder fills. Computed properties are not settings.</summary>
    public static IReadOnlyList<PropertyInfo> Settings(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToList();

    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(Uri);
    }

    /// <summary>The value type of a string-keyed dictionary, else null.</summary>
    public static Type? DictionaryValueType(Type type) =>
        GenericArgument(type, typeof(IDictionary<,>)) is { } args && args[0] == typeof(string) ? args[1] : null;

    /// <summary>The item type of a list or array, else null.</summary>
    public static Type? ListItemType(Type type) =>
        type.IsArray ? type.GetElementType() : type != typeof(string) && GenericArgument(type, typeof(IList<>)) is { } args ? args[0] : null;

    /// <summary>True when <paramref name="value"/> reads as <paramref name="type"/> the way the configuration binder reads it.</summary>
    public static bool CanRead(string value, Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        var t = nullable ?? type;
        if (t == typeof(string) || (nullable is not null && value.Length == 0))
        {
            return true;
        }

        try
        {
            var read = TypeDescriptor.GetConverter(t).ConvertFromInvariantString(value);

            // The enum converter also takes any number, named or not; only named values are settings.
            return read is not null && (!t.IsEnum || Enum.IsDefined(t, read));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>What a value of <paramref name="type"/> looks like, for the message about one that does not read.</summary>
    public static string Expected(Type type, object? defaultValue)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var what = t switch
        {
            _ when t.IsEnum => "one of " + string.Join(", ", Enum.GetNames(t)),
            _ when t == typeof(bool) => "true or false",
            _ when t == typeof(TimeSpan) => "a duration as hh:mm:ss (00:15:00) or d.hh:mm:ss (1.00:00:00)",
            _ when t == typeof(double) || t == typeof(float) || t == typeof(decimal) => "a number, with a dot before any decimals (0.5)",
            _ when t == typeof(int) || t == typeof(long) || t == typeof(short) => "a whole number",
            _ => $"a {t.Name} value",
        };
        return defaultValue is null || t.IsEnum || t == typeof(bool) ? what : $"{what}, e.g. {Format(defaultValue)}";
    }

    /// <summary>A value as it would be written in a settings file (invariant culture, durations as <c>c</c>).</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A fresh instance of an options type, to read its defaults from; null when it has no parameterless constructor.</summary>
    public static object? DefaultsOf(Type type) =>
        !IsScalar(type) && type.IsClass && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null
            ? Activator.CreateInstance(type)
            : null;

    private static Type[]? GenericArgument(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type.GetGenericArguments();
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?.GetGenericArguments();
    }
}
