namespace CrmIntegration.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The run's one throwaway cluster, started on first use: by <see cref="PostgresFixture"/>, or by
/// a test that needs a database before its constructor body runs (the store contract opens its store
/// in the base constructor). Stopped and removed when <see cref="PostgresCollection"/> ends, so every
/// class using it belongs to that collection.
/// </summary>
public static class SharedCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Started = new(() => PostgresCluster.StartAsync());

    public static PostgresCluster Instance => Started.Value.GetAwaiter().GetResult();

    /// <summary>A new empty database in the shared cluster.</summary>
    public static string NewDatabase() => Instance.CreateDatabaseAsync().GetAwaiter().GetResult();

    /// <summary>Stops and removes the cluster, if it was started.</summary>
    internal static async Task StopAsync()
    {
        if (Started.IsValueCreated)
        {
            await (await Started.Value).DisposeAsync();
        }
    }
}
