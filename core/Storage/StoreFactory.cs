using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Storage;

/// <summary>
/// Opens the store the configuration names: <c>Storage:Provider</c> (default <see cref="LiteDb"/>)
/// over <c>Storage:Path</c>. The one place that knows the engines; everything else holds an
/// <see cref="ICrmStore"/>. PostgreSQL joins here next, from its own project.
/// </summary>
public static class StoreFactory
{
    /// <summary>The embedded store: one LiteDB 5 file (<see cref="LiteDbCrmStore"/>); <c>:memory:</c> for a throw-away one.</summary>
    public const string LiteDb = "LiteDb";

    /// <summary>The path that opens a throw-away store in memory (tests).</summary>
    public const string InMemoryPath = ":memory:";

    /// <summary>The providers this build can open, as <c>Storage:Provider</c> spells them (case does not matter).</summary>
    public static IReadOnlyList<string> Providers { get; } = [LiteDb];

    /// <summary>Opens the store; the caller owns it (disposing it closes the database and releases its lock).</summary>
    /// <param name="provider">The <c>Storage:Provider</c> setting; null or empty means <see cref="LiteDb"/>.</param>
    /// <param name="path">The <c>Storage:Path</c> setting: the database file, or <see cref="InMemoryPath"/>.</param>
    /// <param name="registry">The modules the store keeps.</param>
    /// <param name="readCacheRecords">Records kept in the read cache (<c>Storage:ReadCacheRecords</c>); 0 turns it off.</param>
    /// <param name="warn">Told about data files that were too open and have been made owner-only.</param>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> naming <c>Storage:Provider</c> and the known providers for an unknown one;
    /// 90 when another process holds the database; <see cref="CrmErrorCode.NotADatabase"/> for a file that is not one.</exception>
    public static ICrmStore Open(string? provider, string path, ModuleRegistry registry, int readCacheRecords = LiteDbCrmStore.DefaultCacheCapacity,
        Action<string>? warn = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(registry);
        var name = string.IsNullOrWhiteSpace(provider) ? LiteDb : provider.Trim();
        if (string.Equals(name, LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            return path == InMemoryPath ? LiteDbCrmStore.InMemory(registry) : LiteDbCrmStore.OpenFile(path, registry, readCacheRecords, warn);
        }

        throw CrmException.UnknownStorageProvider(name, Providers);
    }
}
