namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The keys of the last <see cref="Capacity"/> committed record writes, by their number in the
/// store's change sequence, so that in-memory indexes over records (duplicate matching) catch up
/// with every writer — SOAP, merges, undo, user administration — without reading the file. Only
/// committed writes enter: a rolled-back transaction leaves no trace. Older writes are read from the
/// file (<see cref="LiteDbCrmStore.RecordChangesSince"/>).
/// </summary>
internal sealed class RecordChangeLog(int capacity = RecordChangeLog.DefaultCapacity)
{
    public const int DefaultCapacity = 65_536;

    private readonly RecordKey[] _ring = new RecordKey[capacity];
    private readonly Lock _gate = new();
    private long _version;

    /// <summary>The first number this log holds (the writes before it are only in the file).</summary>
    private long _from;

    public int Capacity => _ring.Length;

    public long Version => Volatile.Read(ref _version);

    /// <summary>Starts the log empty at <paramref name="version"/>, the last number already in the file.</summary>
    public void Start(long version)
    {
        lock (_gate)
        {
            _from = version;
            Volatile.Write(ref _version, version);
        }
    }

    public void Append(IReadOnlyList<RecordKey> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var key in keys)
            {
                _ring[(int)(_version % _ring.Length)] = key;
                Volatile.Write(ref _version, _version + 1);
            }
        }
    }

    /// <summary>Writes numbered above <paramref name="version"/>; null when some of them are not held here.</summary>
    public RecordChanges? Since(long version)
    {
        lock (_gate)
        {
            if (version > _version || version < _from || version < _version - _ring.Length)
            {
                return null;
            }

            var keys = new RecordKey[_version - version];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = _ring[(int)((version + i) % _ring.Length)];
            }

            return new RecordChanges(_version, keys);
        }
    }
}
