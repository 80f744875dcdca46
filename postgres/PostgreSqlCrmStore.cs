using System.Text.Json;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Storage.PostgreSql.Schema;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// <see cref="ICrmStore"/> on PostgreSQL, for installations that outgrow one machine: several server
/// instances and <c>crm</c> on one database. Every statement is parameterised; names in SQL come
/// from the module registry only (<see cref="SqlName"/>). The schema is brought up to date when the
/// store opens (<see cref="SchemaUpgrade"/>).
/// </summary>
/// <remarks>
/// A transaction is the calling flow's: <see cref="InTransaction{T}"/> opens a connection and a
/// transaction that every store call made inside <c>work</c> joins (a nested call joins the outer
/// one, as on LiteDB); outside a transaction each call takes a pooled connection of its own.
/// </remarks>
public sealed partial class PostgreSqlCrmStore : ICrmStore
{
    private readonly NpgsqlDataSource _database;
    private readonly ModuleRegistry _registry;
    private readonly AsyncLocal<Scope?> _scope = new();

    private PostgreSqlCrmStore(NpgsqlDataSource database, ModuleRegistry registry)
    {
        _database = database;
        _registry = registry;
    }

    /// <summary>Opens the store on <paramref name="connectionString"/>, bringing the schema up to this version first.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> for a connection string that cannot be read;
    /// <see cref="CrmErrorCode.DatabaseUnreachable"/> when the database cannot be reached, refuses the login or the schema change.</exception>
    public static PostgreSqlCrmStore Open(string connectionString, ModuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw CrmException.SettingInvalid("Storage:ConnectionString", "is empty: give the database, e.g. postgres://crm:PASSWORD@db.example.com:5432/crm", null);
        }

        NpgsqlDataSource database;
        try
        {
            database = PostgreSqlConnections.Open(connectionString);
        }
        catch (ArgumentException e)
        {
            throw CrmException.SettingInvalid("Storage:ConnectionString", $"cannot be read ({e.Message.TrimEnd('.')}): "
                + "write it as postgres://user:password@host:5432/database or Host=…;Username=…;Password=…;Database=…", null);
        }

        try
        {
            SchemaUpgrade.RunAsync(database, registry).GetAwaiter().GetResult();
            return new PostgreSqlCrmStore(database, registry);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            var where = PostgreSqlConnections.Describe(database);
            database.Dispose();
            throw CrmException.DatabaseUnreachable(where, Reason(e));
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>What went wrong, in PostgreSQL's words when it answered, else the network's.</summary>
    private static string Reason(Exception e) => e switch
    {
        PostgresException p => $"{p.MessageText} (SQLSTATE {p.SqlState})",
        { InnerException: { } inner } when e.Message.StartsWith("Failed to connect", StringComparison.Ordinal) => $"{e.Message.TrimEnd('.')}: {inner.Message}",
        _ => e.Message,
    };

    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_scope.Value is not null)
        {
            return work();
        }

        return Guarded(() =>
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction();
            _scope.Value = new Scope(connection, transaction);
            try
            {
                var result = work();
                transaction.Commit();
                return result;
            }
            finally
            {
                // Disposing a transaction that was not committed rolls it back.
                _scope.Value = null;
            }
        });
    }

    public StoreInfo Describe() => Use((connection, transaction) =>
    {
        var live = _registry.Modules.ToDictionary(
            m => m.Name,
            m => (int)Scalar<long>(connection, transaction,
                $"SELECT count(*) FROM {SqlName.ModuleTable(m.TableName)} WHERE {ModuleTables.Live}"),
            StringComparer.Ordinal);
        var size = Scalar<long>(connection, transaction, "SELECT pg_database_size(current_database())");
        var sessions = (int)Scalar<long>(connection, transaction, "SELECT count(*) FROM crm_sessions");
        return new StoreInfo(PostgreSqlConnections.Describe(_database), size, live) { SessionCount = sessions };
    });

    public StoreHealth CheckHealth()
    {
        var size = Use((connection, transaction) => Scalar<long>(connection, transaction, "SELECT pg_database_size(current_database())"));
        return new StoreHealth(StoreFactory.PostgreSql, new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database ?? "", size);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Runs <paramref name="action"/> on the flow's transaction, or on a connection of its own outside one.</summary>
    private T Use<T>(Func<NpgsqlConnection, NpgsqlTransaction?, T> action)
    {
        if (_scope.Value is { } scope)
        {
            return action(scope.Connection, scope.Transaction);
        }

        return Guarded(() =>
        {
            using var connection = _database.OpenConnection();
            return action(connection, null);
        });
    }

    /// <summary>Runs <paramref name="action"/> in a transaction: the flow's, or one of its own.</summary>
    private T Write<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> action) =>
        InTransaction(() => action(_scope.Value!.Connection, _scope.Value.Transaction));

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        return command;
    }

    private static T Scalar<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return (T)command.ExecuteScalar()!;
    }

    private static int Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The rows of <paramref name="sql"/>, whose first column is a <typeparamref name="T"/> as JSON (a mail, a job run, a merge journal).</summary>
    private static List<T> ReadJson<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(JsonSerializer.Deserialize<T>(reader.GetString(0))
                ?? throw new InvalidDataException($"an empty {typeof(T).Name} in the database ({sql})"));
        }

        return items;
    }

    /// <summary>A time as PostgreSQL's <c>timestamptz</c> takes it: the core's times are UTC whatever their kind says.</summary>
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private sealed record Scope(NpgsqlConnection Connection, NpgsqlTransaction Transaction)
    {
        /// <summary>
        /// The committed head as it stood when this transaction took the change sequence's row (by
        /// <see cref="LockRecordWrites"/> or its first record write). No other transaction can move
        /// the head until this one ends, so <see cref="RecordVersion"/> needs no round trip meanwhile.
        /// </summary>
        public long? CommittedHead { get; set; }
    }
}
