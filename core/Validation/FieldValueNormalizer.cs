using System.Globalization;
using System.Text;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Validation;

/// <summary>
/// Turns a caller's value into the stored wire form for its field type, or fails with fault 1001
/// naming the module, the field and what was expected. Strings are stored in Unicode NFC so that
/// the same Vietnamese text typed on different keyboards compares equal.
/// </summary>
public static class FieldValueNormalizer
{
    private const int TextMaxLength = 65_535;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    public static string? Normalize(ModuleDefinition module, FieldDefinition field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Normalize(NormalizationForm.FormC);
        if (text.Length == 0)
        {
            return text;
        }

        return field.Type switch
        {
            FieldType.Id => Id(module, field, text.Trim()),
            FieldType.Bool => Bool(module, field, text.Trim()),
            FieldType.Int or FieldType.AutoIncrement => Integer(module, field, text.Trim()),
            FieldType.Decimal or FieldType.Currency => Decimal(module, field, text.Trim()),
            FieldType.Date => Date(module, field, text.Trim()),
            FieldType.DateTime => DateTime(module, field, text.Trim()),
            FieldType.Enum => EnumKey(module, field, text.Trim()),
            FieldType.MultiEnum => MultiEnum(module, field, text),
            FieldType.Email => Email(module, field, text.Trim()),
            FieldType.Text => Length(module, field, text, TextMaxLength),
            _ => Length(module, field, text, field.MaxLength ?? 255),
        };
    }

    private static string Length(ModuleDefinition module, FieldDefinition field, string text, int max)
    {
        var length = new StringInfo(text).LengthInTextElements;
        return length <= max ? text : throw Bad(module, field, $"is {length} characters long; at most {max} are allowed");
    }

    private static string Id(ModuleDefinition module, FieldDefinition field, string text) =>
        text.Length <= 36 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? text
            : throw Bad(module, field, $"'{Clip(text)}' is not an id (at most 36 letters, digits, '-', '_' or '.')");

    private static string Bool(ModuleDefinition module, FieldDefinition field, string text) =>
        text.ToLowerInvariant() switch
        {
            "1" or "true" or "yes" or "on" => "1",
            "0" or "false" or "no" or "off" => "0",
            _ => throw Bad(module, field, $"'{Clip(text)}' is not a boolean (use 1 or 0)"),
        };

    private static string Integer(ModuleDefinition module, FieldDefinition field, string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : throw Bad(module, field, $"'{Clip(text)}' is not a whole number");

    private static string Decimal(ModuleDefinition module, FieldDefinition field, string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : throw Bad(module, field, $"'{Clip(text)}' is not a number (use '.' as the decimal point, no thousands separators)");

    private static string Date(ModuleDefinition module, FieldDefinition field, string text) =>
        System.DateTime.TryParseExact(text, CrmFormats.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(CrmFormats.Date, CultureInfo.InvariantCulture)
            : throw Bad(module, field, $"'{Clip(text)}' is not a date in the form yyyy-MM-dd");

    private static string DateTime(ModuleDefinition module, FieldDefinition field, string text) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? moment.UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture)
            : throw Bad(module, field, $"'{Clip(text)}' is not a date and time in the form yyyy-MM-dd HH:mm:ss (UTC)");

    private static string EnumKey(ModuleDefinition module, FieldDefinition field, string text)
    {
        // Keys first; labels are accepted too (SugarCRM does this only in set_entries), so a form
        // that sends what the user saw still stores the key.
        var option = field.Options.FirstOrDefault(o => o.Key == text)
            ?? field.Options.FirstOrDefault(o => string.Equals(o.Key, text, StringComparison.OrdinalIgnoreCase))
            ?? field.Options.FirstOrDefault(o => string.Equals(o.LabelEn, text, StringComparison.OrdinalIgnoreCase)
                                                 || string.Equals(o.LabelVi, text, StringComparison.OrdinalIgnoreCase));
        return option?.Key ?? throw Bad(module, field,
            $"'{Clip(text)}' is not one of: {string.Join(", ", field.Options.Where(o => o.Key.Length > 0).Select(o => o.Key))}");
    }

    private static string MultiEnum(ModuleDefinition module, FieldDefinition field, string text)
    {
        // SugarCRM stores multi-selects as ^a^,^b^; accept that or a plain comma list.
        var keys = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => EnumKey(module, field, k.Trim('^')));
        return string.Join(",", keys.Select(k => $"^{k}^"));
    }

    private static string Email(ModuleDefinition module, FieldDefinition field, string text)
    {
        var at = text.IndexOf('@');
        var valid = at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);
        return valid ? Length(module, field, text, field.MaxLength ?? 100) : throw Bad(module, field, $"'{Clip(text)}' is not an email address");
    }

    private static CrmException Bad(ModuleDefinition module, FieldDefinition field, string problem) =>
        CrmException.InvalidData($"{module.Name}.{field.Name} {problem}");

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
