using CrmIntegration.Core.Errors;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// A database that stops answering while the store is open (stopped, restarting, the network
/// between them down) is <see cref="CrmErrorCode.DatabaseUnreachable"/>: the server answers the call
/// with that fault and <c>/health</c> with 503, and every call tries the database afresh, so service
/// resumes by itself when it is back. A transaction cut off before it committed is rolled back by
/// PostgreSQL; one whose commit went through but whose answer was lost was not acknowledged either,
/// and a partner sending it again with its <c>partner_ref</c> gets that one lead.
/// </summary>
public sealed partial class PostgreSqlCrmStore
{
    private T Guarded<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (IsOutage(e))
        {
            // The pool's idle connections died with the server: dropped now, so the first calls
            // after it is back do not each find a dead one.
            _database.Clear();
            throw CrmException.DatabaseLost(PostgreSqlConnections.Describe(_database), Reason(e));
        }
    }

    /// <summary>
    /// Whether <paramref name="e"/> means the database cannot be used at all right now, rather than
    /// that one statement failed: no answer (a refused or broken connection, a timeout) or one of
    /// PostgreSQL's connection, shutdown and resource classes (SQLSTATE 08, 57P01–57P03, 53).
    /// </summary>
    internal static bool IsOutage(Exception e) => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal)
            || p.SqlState.StartsWith("53", StringComparison.Ordinal)
            || p.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException or TimeoutException => true,
        _ => false,
    };
}
