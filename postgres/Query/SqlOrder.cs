using CrmIntegration.Core.Query;
using CrmIntegration.Storage.PostgreSql.Schema;

namespace CrmIntegration.Storage.PostgreSql.Query;

/// <summary>
/// <see cref="RecordOrder"/> as an SQL <c>ORDER BY</c>: numbers numerically, everything else by its
/// comparable key in byte order, a missing or empty value first ascending and last descending, and
/// the id (ascending, whatever the direction) breaking every tie.
/// </summary>
internal static class SqlOrder
{
    public static string Clause(IReadOnlyList<OrderTerm> terms)
    {
        var parts = terms.Select(t => $"{SortKey(t)} {(t.Descending ? "DESC NULLS LAST" : "ASC NULLS FIRST")}");
        return "ORDER BY " + string.Join(", ", parts.Append("id"));
    }

    private static string SortKey(OrderTerm term)
    {
        var name = term.Field.Name;
        return ValueKinds.Of(term.Field) switch
        {
            ValueKind.Numeric => ModuleTables.Number(name),

            // Stored keys of dates never hold '' (it counts as missing); written bare, the key is
            // the one the field's index is built on, so ORDER BY date_entered LIMIT n reads the index.
            ValueKind.Temporal => ModuleTables.Key(name),
            _ => $"NULLIF({ModuleTables.Key(name)}, '')",
        };
    }
}
