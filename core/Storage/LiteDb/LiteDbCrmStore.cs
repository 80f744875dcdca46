using CrmIntegration.Core.Modules;
using LiteDB;
using LiteDB.Engine;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The embedded store: one LiteDB file. Ordinal collation because the culture-aware default makes
/// every indexed lookup about 60× slower (DESIGN.md); case-insensitivity comes from folded keys.
/// Split by area into partial files.
/// </summary>
public sealed partial class LiteDbCrmStore : ICrmStore
{
    private const string OrdinalCollation = "en-US/Ordinal";

    private readonly LiteDatabase _db;
    private readonly ModuleRegistry _registry;
    private readonly StoreLock? _lock;
    private readonly string _location;
    private readonly LogWriteBarrier _barrier;

    private LiteDbCrmStore(LiteEngine engine, ModuleRegistry registry, string location, StoreLock? storeLock)
    {
        _db = new LiteDatabase(engine);
        _barrier = new LogWriteBarrier(engine);

        // LiteDB stores UTC but by default hands dates back converted to the server's local time;
        // the readers here treat them as UTC, so on a UTC+7 server every session, audit and link
        // time came back 7 hours late (StoreTimeZoneTests). The pragma is kept in the file.
        if (!_db.UtcDate)
        {
            _db.UtcDate = true;
        }

        _registry = registry;
        _location = location;
        _lock = storeLock;
        EnsureIndexes();
    }

    /// <summary>
    /// Opens (creating if needed) the database file, taking the process lock first; fails with
    /// fault 90 naming the holder when another process has it open.
    /// </summary>
    public static LiteDbCrmStore OpenFile(string path, ModuleRegistry registry)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var storeLock = StoreLock.Acquire(fullPath);
        try
        {
            var engine = new LiteEngine(new EngineSettings { Filename = fullPath, Collation = new Collation(OrdinalCollation) });
            return new LiteDbCrmStore(engine, registry, fullPath, storeLock);
        }
        catch
        {
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>A throw-away store in memory, for tests.</summary>
    public static LiteDbCrmStore InMemory(ModuleRegistry registry)
    {
        var engine = new LiteEngine(new EngineSettings { DataStream = new MemoryStream(), Collation = new Collation(OrdinalCollation) });
        return new LiteDbCrmStore(engine, registry, ":memory:", null);
    }

    public T InTransaction<T>(Func<T> work)
    {
        // LiteDB transactions belong to the calling thread; a nested call joins the outer one.
        if (!_db.BeginTrans())
        {
            return work();
        }

        try
        {
            var result = work();
            _db.Commit();

            // Durable before acknowledged: see LogWriteBarrier. Every write goes through here.
            _barrier.WaitForLogWrites();
            return result;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    public StoreInfo Describe()
    {
        var counts = _registry.Modules.ToDictionary(
            m => m.Name,
            m => Collection(m.Name).Count(LiteDB.Query.Not("deleted", "1")));
        var size = _location == ":memory:" ? 0 : new FileInfo(_location).Length;
        return new StoreInfo(_location, size, counts) { SessionCount = Sessions.Count() };
    }

    public void Dispose()
    {
        _db.Dispose();
        _lock?.Dispose();
    }

    private void EnsureIndexes()
    {
        foreach (var module in _registry.Modules)
        {
            var collection = Collection(module.Name);
            foreach (var field in module.Fields.Where(f => f.Indexed && f.Name != CommonFields.Id))
            {
                collection.EnsureIndex(BsonRecordMapper.KeyPrefix + field.Name);
            }
        }

        Relationships.EnsureIndex(LhsKey);
        Relationships.EnsureIndex(RhsKey);
        AuditLog.EnsureIndex(AuditRecordKey);
        Sessions.EnsureIndex("last_seen");
    }
}
