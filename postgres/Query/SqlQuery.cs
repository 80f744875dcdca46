using System.Text;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Text;
using CrmIntegration.Storage.PostgreSql.Schema;

namespace CrmIntegration.Storage.PostgreSql.Query;

/// <summary>
/// The statements that answer a <see cref="RecordQuery"/>: liveness, the read scope and the whole
/// condition in <c>WHERE</c> (<see cref="SqlCondition"/>), the order in <c>ORDER BY</c>
/// (<see cref="SqlOrder"/>), the page as <c>OFFSET … LIMIT</c>, and the total as <c>count(*)</c>.
/// </summary>
/// <param name="Page">Reads the page's records (<c>id, record</c>).</param>
/// <param name="Count">Counts every match; it takes the first <paramref name="CountParameters"/> of <paramref name="Parameters"/>.</param>
/// <param name="Parameters">The values of <c>$1</c>, <c>$2</c>, … of the page statement.</param>
/// <param name="CountParameters">How many of them the count statement takes (the page adds its offset and limit).</param>
internal sealed record SqlQuery(string Page, string Count, object?[] Parameters, int CountParameters)
{
    /// <summary>The statements, or null when part of the condition has no SQL translation.</summary>
    public static SqlQuery? For(ModuleDefinition module, RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new SqlParameters();
        var where = Conditions(module, query, parameters);
        if (query.Filter is not null)
        {
            if (SqlCondition.Translate(query.Filter, parameters) is not { } filter)
            {
                return null;
            }

            where.Add(filter);
        }

        var from = $"FROM {SqlName.ModuleTable(module.TableName)}{Where(where)}";
        var countParameters = parameters.Values.Length;
        var page = new StringBuilder($"SELECT id, {ModuleTables.RecordColumn} {from} {SqlOrder.Clause(query.EffectiveOrder(module))}");
        if (query.Offset > 0)
        {
            page.Append(" OFFSET ").Append(parameters.Add((long)query.Offset));
        }

        if (query.Limit is { } limit)
        {
            page.Append(" LIMIT ").Append(parameters.Add((long)Math.Max(limit, 0)));
        }

        return new SqlQuery(page.ToString(), "SELECT count(*) " + from, parameters.Values, countParameters);
    }

    /// <summary>
    /// What the indexes alone can narrow a query to: liveness, the read scope and the lookup its
    /// condition allows; every match is among these candidates (the fallback's reading).
    /// </summary>
    public static (string Sql, object?[] Parameters) Candidates(ModuleDefinition module, RecordQuery query)
    {
        var parameters = new SqlParameters();
        var where = Conditions(module, query, parameters);
        return ($"SELECT id, {ModuleTables.RecordColumn} FROM {SqlName.ModuleTable(module.TableName)}{Where(where)}", parameters.Values);
    }

    /// <summary>
    /// Liveness, the read scope, and the index lookup the condition allows: a sound narrowing that
    /// also reaches keys derived from unindexed fields (Leads' <c>email1</c> through <c>email_key</c>),
    /// which the condition alone would not.
    /// </summary>
    private static List<string> Conditions(ModuleDefinition module, RecordQuery query, SqlParameters parameters)
    {
        var where = new List<string>();
        if (!query.IncludeDeleted)
        {
            where.Add(ModuleTables.Live);
        }

        if (query.Scope is { } scope)
        {
            where.Add(scope.Field == CommonFields.Id
                ? $"id = {parameters.Add(scope.Value)}"
                : $"{ModuleTables.Value(scope.Field)} = {parameters.Add(scope.Value)}");
        }

        if (QueryPlanner.FindLookupHint(query.Filter, module) is { } hint && !hint.Values.Any(SqlCondition.HasNul))
        {
            var keys = hint.Values.Select(KeyFold.Fold).Distinct(StringComparer.Ordinal).ToArray();
            where.Add("(" + string.Join(" OR ", hint.Fields.Select(f => f == CommonFields.Id
                ? $"id = ANY({parameters.Add(hint.Values.ToArray())})"
                : $"{ModuleTables.Key(f)} = ANY({parameters.Add(keys)})")) + ")");
        }

        return where;
    }

    private static string Where(List<string> conditions) => conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
}
