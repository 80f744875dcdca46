using System.Text;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Text;
using CrmIntegration.Storage.PostgreSql.Schema;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// The query method, first step: the database narrows the candidates — liveness, the read scope,
/// and an equality or <c>IN</c> on indexed fields as a seek of their key columns (the lookup hint
/// <see cref="QueryPlanner"/> finds) — and <see cref="RecordQuery.Apply"/> decides over them, so the
/// answer is the reference one whatever is pushed down.
/// </summary>
/// <remarks>
/// Still to push down (issue 12): ranges over key columns, the order and the page
/// (<c>ORDER BY … LIMIT</c>) and the total (<c>count(*)</c>), for which the sort keys of
/// <see cref="RecordOrder"/> need columns of their own.
/// </remarks>
public sealed partial class PostgreSqlCrmStore
{
    public RecordPage Query(RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var module = _registry.Get(query.Module);
        var (sql, parameters) = Candidates(module, query);
        var candidates = Use((connection, transaction) => Read(connection, transaction, module, sql, parameters));
        return query.Apply(candidates, module);
    }

    /// <summary>The SQL that reads every record that can pass, and its parameters.</summary>
    private static (string Sql, object?[] Parameters) Candidates(ModuleDefinition module, RecordQuery query)
    {
        var parameters = new List<object?>();
        var where = new List<string>();
        string Parameter(object? value)
        {
            parameters.Add(value);
            return "$" + parameters.Count;
        }

        if (!query.IncludeDeleted)
        {
            where.Add($"({ModuleTables.RecordColumn}->>'{CommonFields.Deleted}') IS DISTINCT FROM '1'");
        }

        if (query.Scope is { } scope)
        {
            where.Add(scope.Field == CommonFields.Id
                ? $"id = {Parameter(scope.Value)}"
                : $"({ModuleTables.RecordColumn}->>{Parameter(scope.Field)}) = {Parameter(scope.Value)}");
        }

        if (QueryPlanner.FindLookupHint(query.Filter, module) is { } hint)
        {
            var keys = Parameter(hint.Values.Select(KeyFold.Fold).Distinct(StringComparer.Ordinal).ToArray());
            where.Add("(" + string.Join(" OR ", hint.Fields.Select(f => f == CommonFields.Id
                ? $"id = ANY({Parameter(hint.Values.ToArray())})"
                : $"{SqlName.KeyColumn(f)} = ANY({keys})")) + ")");
        }

        var sql = new StringBuilder($"SELECT id, {ModuleTables.RecordColumn} FROM {SqlName.ModuleTable(module.TableName)}");
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        return (sql.ToString(), parameters.ToArray());
    }
}
