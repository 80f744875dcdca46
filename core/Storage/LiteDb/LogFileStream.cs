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
    private readonly FileStream _file = new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);
    private bool _unflushed;

    /// <summary>LiteDB's log file name for a database file: <c>crm.db</c> → <c>crm-log.db</c>.</summary>
    public static string PathFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath)!, Path.GetFileNameWithoutExtension(databasePath) + "-log" + Path.GetExtension(databasePath));

    /// <summary>True when bytes have been written since the last <see cref="FlushToDisk"/>.</summary>
    public bool HasUnflushedWrites
    {
        get
        {
            lock (this)
            {
                return _unflushed;
            }
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    /// <summary>Makes everything written so far durable (fsync). LiteDB's own wrapper locks on this stream, so no write interleaves.</summary>
    public void FlushToDisk()
    {
        lock (this)
        {
            if (_unflushed)
            {
                _file.Flush(flushToDisk: true);
                _unflushed = false;
            }
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
            _unflushed = true;
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (this)
        {
            _file.Write(buffer, offset, count);
            _unflushed = true;
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
