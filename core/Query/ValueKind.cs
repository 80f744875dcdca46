using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>How a field's stored values compare in a query and in an ORDER BY.</summary>
public enum ValueKind
{
    /// <summary>Case-insensitive after NFC (<see cref="Text.KeyFold"/>), diacritics kept.</summary>
    Text,

    /// <summary>Ids are opaque tokens compared exactly, as the store's id lookup does.</summary>
    Exact,

    /// <summary>Numbers (and booleans, stored as 0/1) compare as decimals.</summary>
    Numeric,

    /// <summary>Dates and datetimes are stored as ISO strings, which sort chronologically.</summary>
    Temporal,
}

/// <summary>The <see cref="ValueKind"/> of each field type.</summary>
public static class ValueKinds
{
    public static ValueKind Of(FieldDefinition field) => field.Type switch
    {
        FieldType.Id => ValueKind.Exact,
        FieldType.Bool => ValueKind.Numeric,
        FieldType.Date or FieldType.DateTime => ValueKind.Temporal,
        _ when field.Type.IsNumeric() => ValueKind.Numeric,
        _ => ValueKind.Text,
    };

    /// <summary>
    /// Whether an empty stored value means "no value". SugarCRM keeps NULL in number and date
    /// columns but '' in text columns, so only text treats '' as a value to compare.
    /// </summary>
    public static bool EmptyIsMissing(ValueKind kind) => kind is ValueKind.Numeric or ValueKind.Temporal;
}
