using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Tests.Storage.Contract;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using CrmIntegration.Storage.PostgreSql;

namespace CrmIntegration.PostgreSql.Tests.Storage;

/// <summary>The store contract on PostgreSQL, restarts included: each test on a database of its own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreContractTests : DurableStoreContract
{
    // A field initializer: it runs before the base constructor, which opens the store.
    private readonly string _database = SharedCluster.NewDatabase();

    protected override ICrmStore OpenStore() => PostgreSqlCrmStore.Open(_database, ModuleRegistry.Default);
}
