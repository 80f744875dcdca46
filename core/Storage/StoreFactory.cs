using System.Reflection;
using System.Runtime.ExceptionServices;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core.Storage;

/// <summary>
/// Opens the store the configuration names: <c>Storage:Provider</c> (default <see cref="LiteDb"/>)
/// over <c>Storage:Path</c>, or <see cref="PostgreSql"/> over <c>Storage:ConnectionString</c>. The
/// one place that knows the engines; everything else holds an <see cref="ICrmStore"/>.
/// </summary>
/// <remarks>
/// The PostgreSQL store lives in an assembly of its own, loaded by name only when it is asked for,
/// so an installation on LiteDB never loads Npgsql (and core does not reference it).
/// </remarks>
public static class StoreFactory
{
    /// <summary>The embedded store: one LiteDB 5 file (<see cref="LiteDbCrmStore"/>); <c>:memory:</c> for a throw-away one.</summary>
    public const string LiteDb = "LiteDb";

    /// <summary>A PostgreSQL database (<c>CrmIntegration.Storage.PostgreSql</c>).</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>The path that opens a throw-away store in memory (tests).</summary>
    public const string InMemoryPath = ":memory:";

    /// <summary>The assembly, and the type in it, that open the PostgreSQL store: <c>Open(string connectionString, ModuleRegistry registry)</c>.</summary>
    private const string PostgreSqlAssembly = "CrmIntegration.Storage.PostgreSql";
    private const string PostgreSqlType = "CrmIntegration.Storage.PostgreSql.PostgreSqlCrmStore";

    /// <summary>The providers this build can open, as <c>Storage:Provider</c> spells them (case does not matter).</summary>
    public static IReadOnlyList<string> Providers { get; } = [LiteDb, PostgreSql];

    /// <summary>Opens the store; the caller owns it (disposing it closes the database and releases its lock).</summary>
    /// <param name="provider">The <c>Storage:Provider</c> setting; null or empty means <see cref="LiteDb"/>.</param>
    /// <param name="path">The <c>Storage:Path</c> setting: the database file, or <see cref="InMemoryPath"/> (LiteDB only).</param>
    /// <param name="registry">The modules the store keeps.</param>
    /// <param name="readCacheRecords">Records kept in the read cache (<c>Storage:ReadCacheRecords</c>); 0 turns it off.</param>
    /// <param name="warn">Told about data files that were too open and have been made owner-only.</param>
    /// <param name="connectionString">The <c>Storage:ConnectionString</c> setting (PostgreSQL only).</param>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> naming <c>Storage:Provider</c> and the known providers for an unknown one;
    /// 90 when another process holds the database; <see cref="CrmErrorCode.NotADatabase"/> for a file that is not one;
    /// <see cref="CrmErrorCode.DatabaseUnreachable"/> for a PostgreSQL database that cannot be used.</exception>
    public static ICrmStore Open(string? provider, string path, ModuleRegistry registry, int readCacheRecords = LiteDbCrmStore.DefaultCacheCapacity,
        Action<string>? warn = null, string? connectionString = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(registry);
        var name = string.IsNullOrWhiteSpace(provider) ? LiteDb : provider.Trim();
        if (string.Equals(name, LiteDb, StringComparison.OrdinalIgnoreCase))
        {
            return path == InMemoryPath ? LiteDbCrmStore.InMemory(registry) : LiteDbCrmStore.OpenFile(path, registry, readCacheRecords, warn);
        }

        if (string.Equals(name, PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            return OpenPostgreSql(connectionString ?? "", registry);
        }

        throw CrmException.UnknownStorageProvider(name, Providers);
    }

    private static ICrmStore OpenPostgreSql(string connectionString, ModuleRegistry registry)
    {
        MethodInfo? open;
        try
        {
            open = Assembly.Load(PostgreSqlAssembly).GetType(PostgreSqlType)?.GetMethod("Open", [typeof(string), typeof(ModuleRegistry)]);
        }
        catch (FileNotFoundException)
        {
            open = null;
        }

        if (open is null)
        {
            throw CrmException.StorageProviderMissing(PostgreSql, PostgreSqlAssembly);
        }

        try
        {
            return (ICrmStore)open.Invoke(null, [connectionString, registry])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // The store's own exception (a CrmException naming the database), not reflection's wrapper.
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
