using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>
/// Parses SugarCRM's <c>query</c> and <c>order_by</c> SQL fragments into trees that core evaluates
/// itself; nothing a caller sends is ever passed to a database.
/// </summary>
/// <remarks>
/// <para>Grammar (keywords case-insensitive): conditions joined by <c>OR</c> and <c>AND</c> (AND binds
/// tighter), <c>NOT</c>, parentheses; predicates <c>field (= | &lt;&gt; | != | &lt; | &gt; | &lt;= | &gt;=) value</c>,
/// <c>field [NOT] LIKE 'pattern'</c> (<c>%</c>, <c>_</c>, <c>\</c> escapes), <c>field [NOT] IN (value, …)</c>,
/// <c>field [NOT] BETWEEN value AND value</c>, <c>field IS [NOT] NULL</c>, and the email lookup
/// <c>id IN (SELECT bean_id FROM email_addr_bean_rel … )</c>. A field is <c>name</c> or
/// <c>table.name</c> with the module's own table. Values are single-quoted strings (<c>''</c> and
/// MySQL backslash escapes) or numbers with an optional sign; dates are strings.</para>
/// <para>Semantics are described on each node: <see cref="ComparisonExpression"/>,
/// <see cref="LikeExpression"/>, <see cref="IsNullExpression"/>, <see cref="EmailMatchExpression"/>,
/// and SQL three-valued logic on <see cref="QueryExpression"/>.</para>
/// <para>Everything else — other tables, other subqueries, function calls, comments, <c>;</c>,
/// unknown or sensitive fields, bare identifiers as values, unterminated strings, stray tokens,
/// nesting deeper than <see cref="QueryLimits.MaxDepth"/>, text longer than
/// <see cref="QueryLimits.MaxLength"/> — is refused with fault 40 naming what and where
/// (positions are 1-based character offsets).</para>
/// </remarks>
public static class QueryParser
{
    /// <summary>The condition, or null when <paramref name="text"/> is empty or blank.</summary>
    /// <exception cref="CrmException">40 (<see cref="CrmErrorCode.AccessDenied"/>) for a refused query.</exception>
    public static QueryExpression? ParseWhere(string? text, ModuleDefinition module, ModuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(registry);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return new WhereParser(new TokenCursor(Lexer.Tokenize(text)), module, registry).ParseAll();
    }

    /// <summary>
    /// The ORDER BY terms: <c>field [ASC | DESC] [, …]</c>, fields as in <see cref="ParseWhere"/>.
    /// Empty when <paramref name="text"/> is empty or blank.
    /// </summary>
    /// <exception cref="CrmException">40 (<see cref="CrmErrorCode.AccessDenied"/>) for a refused order.</exception>
    public static IReadOnlyList<OrderTerm> ParseOrderBy(string? text, ModuleDefinition module, ModuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(registry);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = new TokenCursor(Lexer.Tokenize(text));
        var terms = new List<OrderTerm>();
        while (true)
        {
            var field = FieldResolver.Parse(tokens, module, registry);
            var descending = tokens.TryKeyword("DESC");
            if (!descending)
            {
                tokens.TryKeyword("ASC");
            }

            terms.Add(new OrderTerm(field, descending));
            var next = tokens.Next();
            if (next.Kind == TokenKind.End)
            {
                return terms;
            }

            if (next.Kind != TokenKind.Comma)
            {
                throw TokenCursor.Unexpected(next, "',', ASC, DESC or the end of the ORDER BY");
            }
        }
    }
}
