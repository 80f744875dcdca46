namespace CrmIntegration.Core.Query;

/// <summary>
/// SQL words that are never field names here. Meeting one where a field is expected gets a refusal
/// that names it as a keyword ("keyword 'UNION'"), which tells an integrator more than "unknown field".
/// </summary>
internal static class SqlKeywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALTER", "AND", "AS", "ASC", "BETWEEN", "CASE", "CREATE", "CROSS", "DELETE", "DESC", "DROP", "ELSE",
        "END", "ESCAPE", "EXEC", "EXECUTE", "EXISTS", "FALSE", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN",
        "INNER", "INSERT", "INTO", "IS", "JOIN", "LEFT", "LIKE", "LIMIT", "NATURAL", "NOT", "NULL", "OFFSET",
        "ON", "OR", "ORDER", "OUTER", "RIGHT", "SELECT", "SET", "THEN", "TRUE", "TRUNCATE", "UNION", "UPDATE",
        "USING", "WHEN", "WHERE", "XOR",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);
}
