using CrmIntegration.Core.Query;
using CrmIntegration.Storage.PostgreSql.Schema;

namespace CrmIntegration.Storage.PostgreSql.Query;

/// <summary>
/// A parsed query condition as an SQL <c>WHERE</c> condition over a record table, with exactly the
/// core's meaning (<see cref="QueryExpression.Evaluate"/>): values compare through the
/// <c>keys</c> and <c>nums</c> columns the store fills with the core's own folding
/// (<see cref="StoredKeys"/>), a missing value is SQL's NULL, and SQL's three-valued AND, OR and
/// NOT are the ones the core evaluates. Constants are parameters; only registry names are written
/// into the text.
/// </summary>
/// <remarks>
/// Text compares in byte order (<c>COLLATE "C"</c>), which is code point order; the core compares
/// UTF-16 units, which differs only between characters beyond U+FFFF and those from U+E000 to
/// U+FFFF (private use and specials) — no name, address or status a CRM holds.
/// </remarks>
internal static class SqlCondition
{
    /// <summary>The condition, or null when part of it has no translation (the caller then evaluates it in memory).</summary>
    public static string? Translate(QueryExpression expression, SqlParameters parameters) => expression switch
    {
        // PostgreSQL text cannot hold U+0000 (so no stored value does); such a constant is left to the core.
        ComparisonExpression c when HasNul(c.Constant.Key) => null,
        InExpression i when i.Values.Any(v => HasNul(v.Key)) => null,
        LikeExpression l when HasNul(l.Compiled.Source) => null,
        EmailMatchExpression e when e.Keys.Any(HasNul) || HasNul(e.Compiled?.Source) => null,
        ComparisonExpression c => Comparison(c, parameters),
        InExpression i => ValueKinds.Of(i.Field) == ValueKind.Numeric
            ? $"{ModuleTables.Number(i.Field.Name)} = ANY({parameters.Add(i.Values.Select(v => v.Number!.Value).ToArray())})"
            : $"{ModuleTables.Key(i.Field.Name)} = ANY({parameters.Add(i.Values.Select(v => v.Key).ToArray())})",

        // '' counts as null here whatever the field; never unknown.
        IsNullExpression n => $"(COALESCE({ModuleTables.Value(n.Field.Name)}, '') = '')",
        LikeExpression l => $"({ModuleTables.Key(l.Field.Name)} LIKE {parameters.Add(l.Compiled.Escaped())})",
        EmailMatchExpression e => EmailMatch(e, parameters),
        NotExpression n => Translate(n.Operand, parameters) is { } operand ? $"(NOT {operand})" : null,
        AndExpression a => Join(a.Operands, " AND ", parameters),
        OrExpression o => Join(o.Operands, " OR ", parameters),
        _ => null,
    };

    /// <summary>Whether <paramref name="text"/> holds U+0000, which no PostgreSQL text value can.</summary>
    public static bool HasNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;

    private static string Comparison(ComparisonExpression comparison, SqlParameters parameters)
    {
        var name = comparison.Field.Name;
        var op = Sql(comparison.Operator);
        return ValueKinds.Of(comparison.Field) == ValueKind.Numeric
            ? $"({ModuleTables.Number(name)} {op} {parameters.Add(comparison.Constant.Number!.Value)})"
            : $"({ModuleTables.Key(name)} {op} {parameters.Add(comparison.Constant.Key)})";
    }

    private static string Sql(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "no SQL for this operator"),
    };

    /// <summary>True when any email field holds one of the addresses (or matches the pattern); an empty field holds none; never unknown.</summary>
    private static string EmailMatch(EmailMatchExpression match, SqlParameters parameters)
    {
        if (match.Fields.Count == 0)
        {
            return "false";
        }

        var test = match.Compiled is { } pattern
            ? "LIKE " + parameters.Add(pattern.Escaped())
            : $"= ANY({parameters.Add(match.Keys.ToArray())})";
        var fields = match.Fields.Select(f => $"({ModuleTables.Key(f.Name)} <> '' AND {ModuleTables.Key(f.Name)} {test})");
        return $"COALESCE({string.Join(" OR ", fields)}, false)";
    }

    private static string? Join(IReadOnlyList<QueryExpression> operands, string separator, SqlParameters parameters)
    {
        var parts = new List<string>(operands.Count);
        foreach (var operand in operands)
        {
            if (Translate(operand, parameters) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return "(" + string.Join(separator, parts) + ")";
    }
}
