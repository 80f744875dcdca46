using System.Diagnostics;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using LiteDB;
using LiteDB.Engine;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="destination"/> (owner-only), while
    /// the store stays open: under the gate, the log is checkpointed into the data file and the file
    /// copied, so the copy holds every committed write and nothing half-written. Writers wait for the
    /// copy (about a second per 100 MB here); cached reads do not. The copy is then opened read-only
    /// and its records counted, and kept only if the counts match what the store held.
    /// </summary>
    /// <exception cref="CrmException">
    /// 1001 when <paramref name="destination"/> is the database or one of its companion files, exists
    /// and <paramref name="overwrite"/> is off, or the copy does not read back as the store; nothing
    /// is written then.
    /// </exception>
    /// <exception cref="InvalidOperationException">An in-memory store.</exception>
    public StoreCopy BackupTo(string destination, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        if (_location == StoreFactory.InMemoryPath)
        {
            throw new InvalidOperationException("an in-memory store has no file to back up");
        }

        var target = Path.GetFullPath(destination);
        if (IsCompanion(target))
        {
            // Moved over the open file, the copy would take its name while every later commit went to the unlinked original.
            throw CrmException.InvalidData($"the backup cannot be written over the database it copies or its companion files ({target}); name another file");
        }

        if (!overwrite && File.Exists(target))
        {
            throw CrmException.InvalidData($"{target} exists; pass --force to replace it");
        }

        var clock = Stopwatch.StartNew();
        var partial = target + ".partial";
        Dictionary<string, int> expected;
        lock (_gate)
        {
            _db.Checkpoint();
            expected = _registry.Modules.ToDictionary(m => m.Name, m => Collection(m.Name).Count(), StringComparer.Ordinal);
            OwnerOnly.Copy(_location, partial);
        }

        try
        {
            var found = CountRecords(partial, _registry);
            if (expected.FirstOrDefault(e => found.GetValueOrDefault(e.Key) != e.Value) is { Key: not null } differs)
            {
                throw CrmException.InvalidData(
                    $"the backup {target} did not read back as written ({differs.Key}: {found.GetValueOrDefault(differs.Key)} records, expected {differs.Value}); nothing was kept");
            }

            File.Move(partial, target, overwrite);
            return new StoreCopy(target, new FileInfo(target).Length, found, clock.Elapsed);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Replaces the database file at <paramref name="databasePath"/> with the backup at <paramref name="backup"/>,
    /// holding the database's lock throughout (so no server or <c>crm</c> opens it meanwhile). The
    /// backup is checked first (a LiteDB file that opens and whose records can be counted); the file
    /// it replaces, and its log, are kept beside it as <c>&lt;name&gt;.before-restore-&lt;time&gt;</c>.
    /// </summary>
    /// <returns>The restored copy, and where the replaced database was moved (null when there was none).</returns>
    /// <exception cref="CrmException">90 the database is open elsewhere; <see cref="CrmErrorCode.NotADatabase"/> the backup is not a CrmIntegration database.</exception>
    public static (StoreCopy Restored, string? PreviousMovedTo) Restore(string backup, string databasePath, ModuleRegistry registry, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        var source = Path.GetFullPath(backup);
        var target = Path.GetFullPath(databasePath);
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(target)!);
        using var storeLock = StoreLock.Acquire(target);
        var incoming = target + ".restoring";
        OwnerOnly.Copy(source, incoming);
        try
        {
            var records = CountRecords(incoming, registry, source);
            var previous = File.Exists(target) ? MoveAside(target, "before-restore", now) : null;
            File.Move(incoming, target);
            return (new StoreCopy(target, new FileInfo(target).Length, records, clock.Elapsed), previous);
        }
        finally
        {
            File.Delete(incoming);
        }
    }

    /// <summary>The database file, its log, or a file named after it (<c>crm.db.lock</c>, <c>crm.db.admin</c>, a backup in progress).</summary>
    private bool IsCompanion(string path) =>
        string.Equals(path, _location, StringComparison.Ordinal)
        || string.Equals(path, LogFileStream.PathFor(_location), StringComparison.Ordinal)
        || path.StartsWith(_location + ".", StringComparison.Ordinal);

    /// <summary>Records per module in a database file, read without writing to it.</summary>
    private static Dictionary<string, int> CountRecords(string path, ModuleRegistry registry, string? shownAs = null)
    {
        if (!LiteDbFileHeader.IsLiteDb(path))
        {
            throw CrmException.NotACrmBackup(shownAs ?? path, "it is not a LiteDB 5 file");
        }

        try
        {
            using var engine = new LiteEngine(new EngineSettings { Filename = path, ReadOnly = true });
            using var database = new LiteDatabase(engine);
            var collections = database.GetCollectionNames().ToHashSet(StringComparer.Ordinal);
            if (!collections.Contains("m_" + registry.Get("Users").TableName))
            {
                throw CrmException.NotACrmBackup(shownAs ?? path, "it holds no CrmIntegration users");
            }

            return registry.Modules.ToDictionary(
                m => m.Name,
                m => collections.Contains("m_" + m.TableName) ? database.GetCollection("m_" + m.TableName).Count() : 0,
                StringComparer.Ordinal);
        }
        catch (LiteException e)
        {
            throw CrmException.NotACrmBackup(shownAs ?? path, e.Message);
        }
    }

    /// <summary>
    /// Moves the database file at <paramref name="path"/> and its log aside, to
    /// <c>&lt;name&gt;.&lt;label&gt;-&lt;time&gt;</c>, so a new one can take its place and the old one is
    /// never lost. The caller holds the file's lock or knows nobody has it open.
    /// </summary>
    /// <returns>Where the file went.</returns>
    public static string MoveAside(string path, string label, DateTimeOffset now)
    {
        var moved = $"{path}.{label}-{now.UtcDateTime:yyyyMMdd-HHmmss}";
        File.Move(path, moved);
        var log = LogFileStream.PathFor(path);
        if (File.Exists(log))
        {
            File.Move(log, LogFileStream.PathFor(moved));
        }

        return moved;
    }
}
