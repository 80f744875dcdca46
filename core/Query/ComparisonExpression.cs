using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary>
/// <c>field op value</c>. Numeric and boolean fields compare as decimals; dates as their stored
/// ISO strings; ids exactly; everything else case-insensitively after NFC (MySQL's default
/// collation ignores case; <see cref="Text.KeyFold"/> keeps diacritics, so 'Nguyễn' ≠ 'Nguyen').
/// A missing value (or an empty number or date) makes the comparison unknown.
/// </summary>
public sealed record ComparisonExpression(FieldDefinition Field, ComparisonOperator Operator, QueryConstant Constant)
    : QueryExpression
{
    private ValueKind Kind { get; } = ValueKinds.Of(Field);

    public override bool? Evaluate(CrmRecord record)
    {
        var stored = record[Field.Name];
        if (Kind == ValueKind.Numeric)
        {
            return QueryConstant.TryNumber(stored?.Trim()) is { } number && Constant.Number is { } constant
                ? Operator.Holds(number.CompareTo(constant))
                : null;
        }

        return QueryConstant.StoredKey(Kind, stored) is { } key
            ? Operator.Holds(string.CompareOrdinal(key, Constant.Key))
            : null;
    }

    public override string ToString() => $"{Field.Name} {Operator.Symbol()} {SqlText.Literal(Constant)}";
}
