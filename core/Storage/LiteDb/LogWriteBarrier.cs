using System.Reflection;
using LiteDB.Engine;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// Makes a commit durable before the caller is told it succeeded. LiteDB 5.0.20 commits by queueing
/// the log pages for a background writer thread and returns before they reach the file, so a crash
/// just after an acknowledged save loses it (found by the core tests: a copy of the files taken
/// right after 20 committed inserts held 3). Upstream removed that queue in 5.0.21 (PR #2515), which
/// our package source does not offer. The queue is internal, hence reflection; when its members are
/// absent (a LiteDB without the queue writes synchronously) this does nothing. Remove it with 5.0.21.
/// With a <see cref="LogFileStream"/> (file databases) it then flushes the log to disk: the engine's
/// own flushes stop at the operating system, so this is the one fsync per transaction.
/// </summary>
internal sealed class LogWriteBarrier(LiteEngine engine, LogFileStream? log)
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly FieldInfo? DiskField = typeof(LiteEngine).GetField("_disk", Instance);
    private static readonly PropertyInfo? QueueProperty = DiskField?.FieldType.GetProperty("Queue", Instance);
    private static readonly PropertyInfo? IsCreatedProperty = QueueProperty?.PropertyType.GetProperty("IsValueCreated");
    private static readonly PropertyInfo? ValueProperty = QueueProperty?.PropertyType.GetProperty("Value");
    private static readonly MethodInfo? WaitMethod = ValueProperty?.PropertyType.GetMethod("Wait", Instance, Type.EmptyTypes);

    /// <summary>Blocks until every committed log page has been written to the log file and, for a file, is on disk.</summary>
    public void WaitForLogWrites()
    {
        WaitForQueue();
        log?.FlushToDisk();
    }

    /// <summary>
    /// Blocks until every committed log page has been handed to the operating system; the task
    /// completes when they are on disk. Call under the store's gate (the queue is not waited on concurrently).
    /// </summary>
    public Task WaitForLogWritesLater()
    {
        WaitForQueue();
        return log?.FlushToDiskAsync() ?? Task.CompletedTask;
    }

    private void WaitForQueue()
    {
        if (WaitMethod is not null && DiskField!.GetValue(engine) is { } disk &&
            QueueProperty!.GetValue(disk) is { } lazyQueue && IsCreatedProperty!.GetValue(lazyQueue) is true)
        {
            WaitMethod.Invoke(ValueProperty!.GetValue(lazyQueue), null);
        }
    }
}
