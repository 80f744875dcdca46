using CrmIntegration.Core;
using CrmIntegration.Core.Storage;
using CrmIntegration.PostgreSql.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>
/// Which store the servers of this run keep their data in: a LiteDB file in their data directory,
/// or, with <c>CRM_TEST_STORE=PostgreSql</c> (scripts/test.sh runs the end-to-end suites a second
/// time so), a database of their own in one throwaway PostgreSQL cluster that the run starts on
/// first use and stops and removes when the test process exits.
/// </summary>
public static class TestStore
{
    public const string Variable = "CRM_TEST_STORE";

    private static readonly Lazy<PostgresCluster> Cluster = new(() =>
    {
        var cluster = PostgresCluster.StartAsync().GetAwaiter().GetResult();

        // No fixture spans every collection of this project; the stop is immediate, so it fits in the exit.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    });

    public static bool IsPostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable(Variable), StoreFactory.PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>The storage settings of a server over <paramref name="dataDirectory"/>, and for PostgreSQL <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string?> Settings(string dataDirectory, string? connectionString) => connectionString is null
        ? new() { ["Storage:Path"] = Path.Combine(dataDirectory, "crm.db") }
        : new()
        {
            ["Storage:Path"] = Path.Combine(dataDirectory, "crm.db"),
            ["Storage:Provider"] = StoreFactory.PostgreSql,
            ["Storage:ConnectionString"] = connectionString,
        };

    /// <summary>A new empty database when the run is on PostgreSQL, else null (the server makes its LiteDB file).</summary>
    public static string? NewDatabase() => IsPostgreSql ? NewPostgreSqlDatabase() : null;

    /// <summary>A new empty PostgreSQL database whatever the run's store (tests of several instances on one database).</summary>
    public static string NewPostgreSqlDatabase() => Cluster.Value.CreateDatabaseAsync().GetAwaiter().GetResult();

    /// <summary>The core over the same store, for writes made while the server is stopped.</summary>
    public static CrmCoreOptions CoreOptions(string dataDirectory, string? connectionString) => new()
    {
        DatabasePath = Path.Combine(dataDirectory, "crm.db"),
        StorageProvider = connectionString is null ? StoreFactory.LiteDb : StoreFactory.PostgreSql,
        ConnectionString = connectionString ?? "",
    };
}
