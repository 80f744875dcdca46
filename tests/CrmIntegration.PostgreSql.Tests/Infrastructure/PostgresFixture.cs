namespace CrmIntegration.PostgreSql.Tests.Infrastructure;

/// <summary>The run's throwaway cluster (<see cref="SharedCluster"/>) for the classes of the collection; each test makes a database of its own in it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresCluster Cluster => SharedCluster.Instance;

    public Task InitializeAsync() => Task.FromResult(Cluster);

    public Task DisposeAsync() => SharedCluster.StopAsync();
}

/// <summary>Every test class that uses PostgreSQL: they share the one cluster, which is removed when the last of them ends.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL cluster";
}
