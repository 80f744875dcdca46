namespace CrmIntegration.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The run's one throwaway cluster for tests that need it before their constructor body runs (the
/// store contract opens its store in the base constructor): started on first use, stopped and
/// removed when the test process exits.
/// </summary>
public static class SharedCluster
{
    private static readonly Lazy<PostgresCluster> Started = new(() =>
    {
        var cluster = PostgresCluster.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    });

    public static PostgresCluster Instance => Started.Value;

    /// <summary>A new empty database in the shared cluster.</summary>
    public static string NewDatabase() => Instance.CreateDatabaseAsync().GetAwaiter().GetResult();
}
