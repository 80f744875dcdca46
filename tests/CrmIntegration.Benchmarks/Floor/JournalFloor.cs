using System.Collections.Concurrent;
using System.Text;

namespace CrmIntegration.Benchmarks.Floor;

/// <summary>
/// The floor under any store: entries appended to one file and flushed to disk (fsync) in groups,
/// each caller answered once its group is on disk. No pages, no indexes, no transaction: what
/// durable acknowledgement alone costs on this machine.
/// </summary>
public sealed class JournalFloor : IDisposable
{
    private readonly BlockingCollection<(byte[] Entry, TaskCompletionSource Done)> _queue = new();
    private readonly FileStream _file;
    private readonly Thread _writer;

    public JournalFloor(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "bench-journal-floor" };
        _writer.Start();
    }

    /// <summary>Completes once <paramref name="entry"/> is on disk.</summary>
    public Task AppendAsync(string entry)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add((Encoding.UTF8.GetBytes(entry), done));
        return done.Task;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer.Join();
        _file.Dispose();
        _queue.Dispose();
    }

    private void WriteLoop()
    {
        var group = new List<TaskCompletionSource>();
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            group.Clear();
            var next = first;
            do
            {
                _file.Write(next.Entry);
                _file.WriteByte((byte)'\n');
                group.Add(next.Done);
            }
            while (_queue.TryTake(out next));

            _file.Flush(flushToDisk: true);
            foreach (var done in group)
            {
                done.SetResult();
            }
        }
    }
}
