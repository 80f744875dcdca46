using System.Globalization;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;

namespace CrmIntegration.Core.Query;

/// <summary>
/// A literal from the query, prepared once for the field it is compared with: numbers parsed,
/// dates rewritten to the stored ISO form, text folded. Evaluating a record then costs no parsing.
/// </summary>
/// <param name="Value">The value as looked up in an index: the literal, or its normalised date form.</param>
/// <param name="Key">What stored values are compared with: folded for text, exact otherwise.</param>
/// <param name="Number">The decimal value, for numeric fields.</param>
public sealed record QueryConstant(string Value, string Key, decimal? Number)
{
    private static readonly string[] DateTimeInputs =
    [
        CrmFormats.DateTime, "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", CrmFormats.Date,
    ];

    /// <summary>The constant for <paramref name="literal"/>, or null when a numeric field gets a non-number.</summary>
    public static QueryConstant? For(FieldDefinition field, string literal)
    {
        var kind = ValueKinds.Of(field);
        switch (kind)
        {
            case ValueKind.Numeric:
                return TryNumber(literal.Trim()) is { } n ? new QueryConstant(literal, literal, n) : null;
            case ValueKind.Temporal:
                var iso = Temporal(field, literal.Trim());
                return new QueryConstant(iso, KeyFold.Fold(iso), null);
            case ValueKind.Exact:
                return new QueryConstant(literal, literal, null);
            default:
                return new QueryConstant(literal, KeyFold.Fold(literal), null);
        }
    }

    /// <summary>The comparable form of a stored value, or null when it counts as missing.</summary>
    public static string? StoredKey(ValueKind kind, string? stored) => stored switch
    {
        null => null,
        "" when ValueKinds.EmptyIsMissing(kind) => null,
        _ => kind == ValueKind.Exact ? stored : KeyFold.Fold(stored),
    };

    public static decimal? TryNumber(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// A date literal in the stored form, so comparisons with stored ISO strings are chronological. A date compared with a datetime field means midnight, as in MySQL. Text that
    /// is not a date is kept and compares as a string.
    /// </summary>
    private static string Temporal(FieldDefinition field, string literal)
    {
        if (field.Type == FieldType.Date)
        {
            return DateTime.TryParseExact(literal, CrmFormats.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d.ToString(CrmFormats.Date, CultureInfo.InvariantCulture)
                : literal;
        }

        return DateTime.TryParseExact(literal, DateTimeInputs, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture)
            : literal;
    }
}
