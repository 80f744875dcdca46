using CrmIntegration.Core.Modules;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// Brings a database to this version's schema at start: the numbered <see cref="Migrations"/> not yet
/// applied, then the record tables to the module registry (<see cref="ModuleTables"/>). All of it in
/// one transaction under an advisory lock, so several server instances starting at once upgrade the
/// database once, and a failed upgrade leaves it as it was.
/// </summary>
internal static class SchemaUpgrade
{
    /// <summary>The advisory lock key the upgrade holds (any fixed number; "CRM schema").</summary>
    private const long LockKey = 0x4352_4D5F_5343_484D;

    /// <summary>Applies what is missing; returns the versions of the migrations applied now (none when the database was up to date).</summary>
    public static async Task<IReadOnlyList<int>> RunAsync(NpgsqlDataSource database, ModuleRegistry registry, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(registry);
        await using var connection = await database.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey})", cancellation);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS crm_schema_migrations (version int PRIMARY KEY, description text NOT NULL, applied_utc timestamptz NOT NULL DEFAULT now())",
            cancellation);

        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand("SELECT version FROM crm_schema_migrations", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var now = new List<int>();
        foreach (var migration in Migrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connection, transaction, statement, cancellation);
            }

            await using var record = new NpgsqlCommand("INSERT INTO crm_schema_migrations (version, description) VALUES ($1, $2)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Description });
            await record.ExecuteNonQueryAsync(cancellation);
            now.Add(migration.Version);
        }

        var columns = await NamesAsync(connection, transaction,
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'm\\_%'",
            cancellation);
        var indexes = await NamesAsync(connection, transaction,
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()", cancellation);
        foreach (var statement in registry.Modules.SelectMany(m => ModuleTables.Statements(m, columns, indexes)))
        {
            await ExecuteAsync(connection, transaction, statement, cancellation);
        }

        await transaction.CommitAsync(cancellation);
        return now;
    }

    private static async Task<HashSet<string>> NamesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
