using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Configuration;

/// <summary>The configuration section <c>Storage</c>: which store holds the data, and where.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The embedded LiteDB file store, the default.</summary>
    public const string LiteDb = StoreFactory.LiteDb;

    /// <summary>A PostgreSQL database (<see cref="ConnectionString"/>), for several server instances on one database.</summary>
    public const string PostgreSql = StoreFactory.PostgreSql;

    /// <summary>The names <see cref="Provider"/> accepts (compared ignoring case): what <see cref="StoreFactory"/> opens.</summary>
    public static IReadOnlyList<string> Providers => StoreFactory.Providers;

    /// <summary>The database file relative to the current directory unless configured otherwise.</summary>
    public const string DefaultPath = "data/crm.db";

    /// <summary><c>Storage:Provider</c>: the store implementation.</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>
    /// <c>Storage:Path</c>: the database file, for the server and <c>crm</c> alike. Its directory is
    /// the data directory (the outbox, the lock and the saved dedupe finds live beside it). On
    /// PostgreSQL no file is kept there; the path only places the data directory.
    /// </summary>
    [ConfigurationPath]
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// <c>Storage:ReadCacheRecords</c>: records kept in the store's read cache (hot <c>get_entry</c>
    /// reads, session users); 0 turns it off.
    /// </summary>
    public int ReadCacheRecords { get; set; } = LiteDbCrmStore.DefaultCacheCapacity;

    /// <summary>
    /// <c>Storage:ConnectionString</c>: the PostgreSQL database, as <c>postgres://user:password@host:5432/crm</c>
    /// or <c>Host=…;Username=…;Password=…;Database=…</c>; required when <see cref="Provider"/> is
    /// <see cref="PostgreSql"/>, unused otherwise. Its password is masked by <c>crm config show</c>.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Whether the store is a PostgreSQL database (not a file this machine holds).</summary>
    public bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);
}
