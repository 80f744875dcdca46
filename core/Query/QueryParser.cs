using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Query;

// Placeholder surface; the query-language work replaces this file.
public abstract record QueryExpression
{
    public abstract bool Matches(CrmRecord record);
}

public sealed record OrderTerm(FieldDefinition Field, bool Descending);

public sealed record IndexHint(IReadOnlyList<string> Fields, IReadOnlyList<string> Values);

public static class QueryParser
{
    public static QueryExpression? ParseWhere(string? text, ModuleDefinition module, ModuleRegistry registry) =>
        string.IsNullOrWhiteSpace(text) ? null : throw new NotImplementedException();

    public static IReadOnlyList<OrderTerm> ParseOrderBy(string? text, ModuleDefinition module, ModuleRegistry registry) =>
        string.IsNullOrWhiteSpace(text) ? [] : throw new NotImplementedException();
}

public static class QueryPlanner
{
    public static IndexHint? FindIndexHint(QueryExpression? expression, ModuleDefinition module) => null;
}

public static class RecordOrder
{
    public static Comparison<CrmRecord> Compare(IReadOnlyList<OrderTerm> terms) => (a, b) => 0;
}
