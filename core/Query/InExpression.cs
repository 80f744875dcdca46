using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

/// <summary><c>field IN (v1, v2, …)</c>: equality with any of the values, with <c>=</c>'s semantics.</summary>
public sealed record InExpression(FieldDefinition Field, IReadOnlyList<QueryConstant> Values) : QueryExpression
{
    private ValueKind Kind { get; } = ValueKinds.Of(Field);

    public override bool? Evaluate(CrmRecord record)
    {
        var stored = record[Field.Name];
        if (Kind == ValueKind.Numeric)
        {
            return QueryConstant.TryNumber(stored?.Trim()) is { } number ? Values.Any(v => v.Number == number) : null;
        }

        return QueryConstant.StoredKey(Kind, stored) is { } key ? Values.Any(v => v.Key == key) : null;
    }

    public override string ToString() => $"{Field.Name} IN ({string.Join(", ", Values.Select(SqlText.Literal))})";
}
