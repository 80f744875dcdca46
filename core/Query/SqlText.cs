namespace CrmIntegration.Core.Query;

/// <summary>Renders literals back into the query language, so a parsed tree prints as a query that parses to itself.</summary>
internal static class SqlText
{
    public static string Quote(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "''") + "'";

    public static string Literal(QueryConstant constant) => constant.Number is null ? Quote(constant.Value) : constant.Value;
}
