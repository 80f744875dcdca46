using System.Data;
using CrmIntegration.Core.Storage;
using CrmIntegration.Storage.PostgreSql.Query;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// The query method done by the database (<see cref="SqlQuery"/>): filter, order, page and total
/// in SQL on the indexes of <see cref="Schema.ModuleTables"/>; the page and the total read in one
/// snapshot.
/// </summary>
/// <remarks>
/// A condition the translation does not know (none today) falls back to reading the candidates the
/// indexes narrow to and deciding with <see cref="RecordQuery.Apply"/>, the reference semantics, so
/// an answer is never wrong, only slower.
/// </remarks>
public sealed partial class PostgreSqlCrmStore
{
    public RecordPage Query(RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var module = _registry.Get(query.Module);
        if (SqlQuery.For(module, query) is not { } sql)
        {
            var (candidates, parameters) = SqlQuery.Candidates(module, query);
            return query.Apply(Use((connection, transaction) => Read(connection, transaction, module, candidates, parameters)), module);
        }

        return Snapshot((connection, transaction) => new RecordPage(
            Read(connection, transaction, module, sql.Page, sql.Parameters),
            query.CountTotal ? (int)Scalar<long>(connection, transaction, sql.Count, sql.Parameters[..sql.CountParameters]) : null));
    }

    /// <summary>Runs <paramref name="action"/> in the flow's transaction, or in a snapshot of its own, so that its statements see one state.</summary>
    private T Snapshot<T>(Func<NpgsqlConnection, NpgsqlTransaction?, T> action)
    {
        if (_scope.Value is { } scope)
        {
            return action(scope.Connection, scope.Transaction);
        }

        return Guarded(() =>
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
            var result = action(connection, transaction);
            transaction.Commit();
            return result;
        });
    }
}
