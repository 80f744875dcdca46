using CrmIntegration.Core.Diagnostics;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using LiteDB;
using LiteDB.Engine;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The embedded store: one LiteDB file. Ordinal collation because the culture-aware default makes
/// every indexed lookup about 60× slower (DESIGN.md); case-insensitivity comes from folded keys.
/// Every engine call runs under one reentrant gate (see <see cref="_gate"/>). Split by area into partial files.
/// </summary>
public sealed partial class LiteDbCrmStore : ICrmStore
{
    /// <summary>Enough for the hot set of a mid-sized installation at ~1–2 KB a record.</summary>
    public const int DefaultCacheCapacity = 100_000;

    private const string OrdinalCollation = "en-US/Ordinal";

    /// <summary>
    /// Log pages after which a commit copies the log into the data file (LiteDB's CHECKPOINT pragma).
    /// The copy runs inside that commit, holding every writer and reader, so it sets the worst stall;
    /// but a page written by many commits in between (an index's last page, the mail queue's) is
    /// copied once, so fewer, larger checkpoints cost less in total. Measured with
    /// <c>scripts/bench.sh intake</c> (2 cores): 500 pages gave ~1,540 leads/s, 1000 ~1,720 with the
    /// slowest commit 14 ms and p99 20 ms, 2000 no faster and p99 27 ms. (With 22 indexes on Leads,
    /// 1000 pages had stalled commits for up to ~100 ms.)
    /// </summary>
    private const int CheckpointPages = 1000;

    private readonly LiteDatabase _db;
    private readonly ModuleRegistry _registry;
    private readonly StoreLock? _lock;
    private readonly string _location;
    private readonly LogWriteBarrier _barrier;
    private readonly LogFileStream? _log;

    /// <summary>
    /// Serialises all use of the engine within this process. LiteDB 5's page cache can recycle a
    /// page that a concurrent reader has looked up but not yet pinned (litedb-org/LiteDB#2817, still
    /// in 5.0.20); the reader then decodes another page's bytes ("page type must be index page"),
    /// and afterwards every call on the instance fails. <c>scripts/bench.sh get-entry-stages</c> hits
    /// it within seconds with 16 threads on 100,000 leads. Reentrant (Monitor), so a transaction
    /// holds it across its calls; held only for one engine call or one transaction, never across a
    /// caller's enumeration. Cheap here: a cached read takes ~30 µs, so 16 concurrent readers lost
    /// no throughput in that benchmark.
    /// </summary>
    private readonly object _gate = new();

    private readonly RecordCache _cache;

    private readonly RecordChangeLog _changes = new();

    /// <summary>Records written by the open transaction, in write order; they enter <see cref="_changes"/> at its commit.</summary>
    private readonly List<RecordKey> _uncommitted = [];

    /// <summary>What the open transaction wrote, by record; cached at its commit (see <see cref="CacheWritten"/>).</summary>
    private readonly Dictionary<RecordKey, CrmRecord> _written = [];

    /// <summary>Open transactions on the thread holding the gate; the cache is filled only at 0.</summary>
    private int _transactionDepth;

    /// <summary>Identifies this opening of the file: mail claims made under another one belong to a process that has ended.</summary>
    private readonly string _instance = Guid.NewGuid().ToString("N");

    private LiteDbCrmStore(LiteEngine engine, ModuleRegistry registry, string location, StoreLock? storeLock, int cacheCapacity, LogFileStream? log = null)
    {
        _cache = new RecordCache(cacheCapacity);
        _db = new LiteDatabase(engine);
        _log = log;
        _barrier = new LogWriteBarrier(engine, log);

        // LiteDB stores UTC but by default hands dates back converted to the server's local time;
        // the readers here treat them as UTC, so on a UTC+7 server every session, audit and link
        // time came back 7 hours late (StoreTimeZoneTests). The pragma is kept in the file.
        if (!_db.UtcDate)
        {
            _db.UtcDate = true;
        }

        if (_db.CheckpointSize != CheckpointPages)
        {
            _db.CheckpointSize = CheckpointPages;
        }

        _registry = registry;
        _location = location;
        _lock = storeLock;
        EnsureIndexes();
        StartChangeSequence();
    }

    /// <summary>
    /// Opens (creating if needed) the database file, taking the process lock first; fails with
    /// fault 90 naming the holder when another process has it open, and refuses an existing file
    /// that is not a LiteDB database (<see cref="LiteDbFileHeader"/>) before LiteDB can overwrite it.
    /// <c>cacheCapacity</c> records are kept in the read cache (<see cref="RecordCache"/>; 0 turns it off).
    /// The data directory and every file of the store are owner-only (<see cref="OwnerOnly"/>);
    /// <paramref name="warn"/> is told about any that had to be tightened.
    /// </summary>
    /// <exception cref="Errors.CrmException">90 when another process holds the file; <see cref="Errors.CrmErrorCode.NotADatabase"/>
    /// when an existing file is not a LiteDB database (it is left untouched).</exception>
    public static LiteDbCrmStore OpenFile(string path, ModuleRegistry registry, int cacheCapacity = DefaultCacheCapacity, Action<string>? warn = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);

        // Refused before anything is created or tightened beside it: the file may be someone else's.
        LiteDbFileHeader.EnsureDatabaseOrAbsent(fullPath);
        OwnerOnly.PrepareDataDirectory(fullPath, warn);
        var storeLock = StoreLock.Acquire(fullPath);
        LogFileStream? log = null;
        try
        {
            // Checked again under the lock, so no other process of ours can be creating the file meanwhile.
            LiteDbFileHeader.EnsureDatabaseOrAbsent(fullPath);

            // LiteDB creates a missing file with the process's default mode; an empty file made here
            // first (which LiteDB takes for a new database) is owner-only from the start.
            OwnerOnly.Open(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite).Dispose();
            log = new LogFileStream(LogFileStream.PathFor(fullPath));
            var engine = new LiteEngine(new EngineSettings { Filename = fullPath, LogStream = log, Collation = new Collation(OrdinalCollation) });
            return new LiteDbCrmStore(engine, registry, fullPath, storeLock, cacheCapacity, log);
        }
        catch
        {
            log?.Dispose();
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>Whether another process (a running server, another <c>crm</c>) has the database file open now.</summary>
    public static bool IsOpenElsewhere(string path) => StoreLock.IsHeld(Path.GetFullPath(path));

    /// <summary>A throw-away store in memory, for tests.</summary>
    public static LiteDbCrmStore InMemory(ModuleRegistry registry)
    {
        var engine = new LiteEngine(new EngineSettings { DataStream = new MemoryStream(), Collation = new Collation(OrdinalCollation) });
        return new LiteDbCrmStore(engine, registry, StoreFactory.InMemoryPath, null, DefaultCacheCapacity);
    }

    /// <summary>True when log bytes written by a commit are not yet flushed to disk (for tests: never so after a write returns).</summary>
    internal bool HasUnflushedLogWrites => _log?.HasUnflushedWrites ?? false;

    /// <summary>The log file of a file store (null in memory), for tests.</summary>
    internal LogFileStream? Log => _log;

    public T InTransaction<T>(Func<T> work) => Run(work, deferDurability: false, out _);

    public T InTransactionDeferred<T>(Func<T> work, out Task durable) => Run(work, deferDurability: true, out durable);

    private T Run<T>(Func<T> work, bool deferDurability, out Task durable)
    {
        durable = Task.CompletedTask;

        // The gate is held for the whole transaction: other threads wait for its commit.
        lock (_gate)
        {
            // LiteDB transactions belong to the calling thread; a nested call joins the outer one,
            // whose commit makes it durable.
            if (!_db.BeginTrans())
            {
                return work();
            }

            _transactionDepth++;
            try
            {
                var result = work();
                var lap = CoreMetrics.Start(CoreMetrics.CommitPhases);
                _db.Commit();
                _changes.Append(_uncommitted);
                _uncommitted.Clear();
                CacheWritten();
                ApplyTallies();
                lap = CoreMetrics.Record(CoreMetrics.CommitPhases, lap, CoreMetrics.PhaseTag, "commit");

                // Durable before acknowledged: see LogWriteBarrier. Every write goes through here;
                // a deferred caller acknowledges only when the returned task completes.
                if (deferDurability)
                {
                    durable = _barrier.WaitForLogWritesLater();
                    CoreMetrics.Record(CoreMetrics.CommitPhases, lap, CoreMetrics.PhaseTag, "written");
                }
                else
                {
                    _barrier.WaitForLogWrites();
                    CoreMetrics.Record(CoreMetrics.CommitPhases, lap, CoreMetrics.PhaseTag, "durable");
                }

                return result;
            }
            catch
            {
                _uncommitted.Clear();
                _written.Clear();
                _images.Clear();
                _db.Rollback();
                throw;
            }
            finally
            {
                _transactionDepth--;
            }
        }
    }

    public StoreInfo Describe()
    {
        lock (_gate)
        {
            var counts = _registry.Modules.ToDictionary(
                m => m.Name,
                m => Collection(m.Name).Count(LiteDB.Query.Not("deleted", "1")));
            var size = _location == StoreFactory.InMemoryPath ? 0 : new FileInfo(_location).Length;
            return new StoreInfo(_location, size, counts) { SessionCount = Sessions.Count() };
        }
    }

    /// <summary>The header's user version is read through the engine (a disposed or broken engine throws), then the file's size.</summary>
    public StoreHealth CheckHealth() => Gated(() =>
    {
        _ = _db.UserVersion;
        var inMemory = _location == StoreFactory.InMemoryPath;
        return new StoreHealth(StoreFactory.LiteDb, inMemory ? _location : Path.GetFileName(_location), inMemory ? 0 : new FileInfo(_location).Length);
    });

    public void Dispose()
    {
        lock (_gate)
        {
            _db.Dispose();
            _log?.Dispose();
        }

        _lock?.Dispose();
    }

    /// <summary>Runs one engine call under the gate; results must be materialised inside it.</summary>
    private T Gated<T>(Func<T> call)
    {
        lock (_gate)
        {
            return call();
        }
    }

    private void Gated(Action call)
    {
        lock (_gate)
        {
            call();
        }
    }

    private void EnsureIndexes()
    {
        foreach (var module in _registry.Modules)
        {
            EnsureRecordIndexes(module);
        }

        Relationships.EnsureIndex(LhsKey);
        Relationships.EnsureIndex(RhsKey);
        AuditLog.EnsureIndex(AuditRecordKey);
        Sessions.EnsureIndex("last_seen");
        Sessions.EnsureIndex("user_id");
        MailQueue.EnsureIndex(MailDocuments.Status);
        MailQueue.EnsureIndex(MailDocuments.NextAttempt);
        MailQueue.EnsureIndex(MailDocuments.Created);
        JobRuns.EnsureIndex(JobDocuments.Job);
    }
}
