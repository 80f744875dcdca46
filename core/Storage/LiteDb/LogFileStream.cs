namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// LiteDB's log file (<c>crm-log.db</c>), handed to the engine as its <c>LogStream</c> so that the
/// engine's flushes stop at the operating system and the one flush to disk per transaction is
/// <see cref="LogWriteBarrier"/>'s. LiteDB 5.0.20's log writer thread flushes to disk whenever its
/// queue runs empty, and it drains a committing transaction's pages as they are queued, so a
/// commit paid about one fsync per page: 100 fsyncs for 16 leads, ~200 ms per group commit under
/// load (<c>scripts/bench.sh intake</c>). Nothing is acknowledged before the barrier's flush, and
/// the data file keeps LiteDB's own flushes, so a checkpoint still reaches the disk before the
/// log is truncated.
/// </summary>
internal sealed class LogFileStream(string path) : Stream
{
    // No FileStream buffer: every page LiteDB writes goes to the OS at once.
    private readonly FileStream _file = OwnerOnly.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);
    private readonly Lock _flushGate = new();

    /// <summary>Writes (and truncations) so far, and how many of them the last completed fsync covered.</summary>
    private long _writes;
    private long _durable;

    /// <summary>Callers waiting for the next background fsync; null when nobody waits.</summary>
    private TaskCompletionSource? _waiting;
    private bool _flushing;

    /// <summary>LiteDB's log file name for a database file: <c>crm.db</c> → <c>crm-log.db</c>.</summary>
    public static string PathFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath)!, Path.GetFileNameWithoutExtension(databasePath) + "-log" + Path.GetExtension(databasePath));

    /// <summary>Runs before each fsync; tests slow the disk down with it.</summary>
    internal Action? BeforeFsync { get; set; }

    /// <summary>True when bytes have been written that no completed fsync covers yet.</summary>
    public bool HasUnflushedWrites => Interlocked.Read(ref _durable) < Interlocked.Read(ref _writes);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    /// <summary>Makes everything written so far durable (fsync), on the calling thread.</summary>
    public void FlushToDisk()
    {
        var target = Interlocked.Read(ref _writes);
        if (Interlocked.Read(ref _durable) < target)
        {
            Fsync(target);
        }
    }

    /// <summary>
    /// Completes once everything written before the call is durable. One background fsync serves
    /// every caller waiting when it starts (writes go on meanwhile: the file is not locked during it).
    /// </summary>
    public Task FlushToDiskAsync()
    {
        lock (_flushGate)
        {
            if (Interlocked.Read(ref _durable) >= Interlocked.Read(ref _writes))
            {
                return Task.CompletedTask;
            }

            _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var task = _waiting.Task;
            if (!_flushing)
            {
                _flushing = true;
                ThreadPool.UnsafeQueueUserWorkItem(_ => FlushWaiting(), null);
            }

            return task;
        }
    }

    private void FlushWaiting()
    {
        while (true)
        {
            TaskCompletionSource waiting;
            long target;
            lock (_flushGate)
            {
                if (_waiting is null)
                {
                    _flushing = false;
                    return;
                }

                waiting = _waiting;
                _waiting = null;

                // Read after taking the waiters: each of them wrote before asking, so this covers them.
                target = Interlocked.Read(ref _writes);
            }

            try
            {
                Fsync(target);
                waiting.TrySetResult();
            }
            catch (Exception error)
            {
                waiting.TrySetException(error);
            }
        }
    }

    private void Fsync(long target)
    {
        // Not under the stream's lock: LiteDB's writer may append meanwhile; what it wrote before
        // target was counted is covered, later writes wait for the next fsync.
        BeforeFsync?.Invoke();
        _file.Flush(flushToDisk: true);
        long seen;
        while ((seen = Interlocked.Read(ref _durable)) < target && Interlocked.CompareExchange(ref _durable, target, seen) != seen)
        {
        }
    }

    /// <summary>LiteDB's flush: to the operating system only (the file has no buffer of its own).</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value)
    {
        lock (this)
        {
            _file.SetLength(value);
            Interlocked.Increment(ref _writes);
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (this)
        {
            _file.Write(buffer, offset, count);
            Interlocked.Increment(ref _writes);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            FlushToDisk();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
