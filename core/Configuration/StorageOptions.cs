using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Configuration;

/// <summary>The configuration section <c>Storage</c>: which store holds the data, and where.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The embedded LiteDB file store (the only provider so far).</summary>
    public const string LiteDb = StoreFactory.LiteDb;

    /// <summary>The names <see cref="Provider"/> accepts (compared ignoring case): what <see cref="StoreFactory"/> opens.</summary>
    public static IReadOnlyList<string> Providers => StoreFactory.Providers;

    /// <summary>The database file relative to the current directory unless configured otherwise.</summary>
    public const string DefaultPath = "data/crm.db";

    /// <summary><c>Storage:Provider</c>: the store implementation.</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>
    /// <c>Storage:Path</c>: the database file, for the server and <c>crm</c> alike. Its directory is
    /// the data directory (the outbox, the lock and the saved dedupe finds live beside it).
    /// </summary>
    [ConfigurationPath]
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// <c>Storage:ReadCacheRecords</c>: records kept in the store's read cache (hot <c>get_entry</c>
    /// reads, session users); 0 turns it off.
    /// </summary>
    public int ReadCacheRecords { get; set; } = LiteDbCrmStore.DefaultCacheCapacity;
}
