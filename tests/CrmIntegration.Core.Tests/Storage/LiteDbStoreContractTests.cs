using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;
using CrmIntegration.Core.Tests.Infrastructure;
using CrmIntegration.Core.Tests.Storage.Contract;

namespace CrmIntegration.Core.Tests.Storage;

/// <summary>The store contract on a LiteDB file, restarts included.</summary>
public sealed class LiteDbFileStoreContractTests : DurableStoreContract
{
    private readonly TempDatabase _database = new();

    protected override ICrmStore OpenStore() => LiteDbCrmStore.OpenFile(_database.FilePath, ModuleRegistry.Default);

    public override void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }
}

/// <summary>The store contract on a LiteDB store in memory (what most core tests of other areas run on).</summary>
public sealed class LiteDbMemoryStoreContractTests : StoreContract
{
    protected override ICrmStore OpenStore() => LiteDbCrmStore.InMemory(ModuleRegistry.Default);
}
