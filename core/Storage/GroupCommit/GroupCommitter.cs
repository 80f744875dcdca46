using System.Collections.Concurrent;
using CrmIntegration.Core.Diagnostics;

namespace CrmIntegration.Core.Storage.GroupCommit;

/// <summary>
/// Group commit (DESIGN.md, "Embedded store"): concurrent writers hand their work to one committer
/// thread, which runs whatever is waiting in a single store transaction and acknowledges every
/// caller only after that transaction is durable. A LiteDB commit costs about 1.5 ms whatever it
/// holds, so one commit per SOAP call caps intake near 700 writes/s; one per batch does not.
/// </summary>
/// <remarks>
/// Work runs inside the shared transaction, in submission order, and sees the writes of the items
/// before it (so two submissions of one partner reference in one batch still find each other).
/// When an item throws, the transaction is rolled back, that item alone fails with its exception,
/// and the rest are run again in a fresh transaction: work must therefore keep its effects inside
/// the store (or make them safe to repeat), which is what the store's transaction gives back.
/// </remarks>
public sealed class GroupCommitter : IDisposable
{
    /// <summary>Enough to amortise a commit many times over, small enough to keep one batch's latency low.</summary>
    public const int DefaultMaxBatch = 256;

    private readonly ICrmStore _store;
    private readonly int _maxBatch;
    private readonly BlockingCollection<GroupWork> _queue = new();
    private readonly Thread _committer;
    private long _batches;
    private long _items;

    /// <summary>The durability of the last committed batch; <see cref="Dispose"/> waits for it.</summary>
    private Task _lastDurable = Task.CompletedTask;

    public GroupCommitter(ICrmStore store, int maxBatch = DefaultMaxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _store = store;
        _maxBatch = maxBatch;
        _committer = new Thread(CommitLoop) { IsBackground = true, Name = "crm-group-commit" };
        _committer.Start();
    }

    /// <summary>Transactions committed so far, and the work items they held (for benchmarks and logs).</summary>
    public (long Batches, long Items) Counts => (Interlocked.Read(ref _batches), Interlocked.Read(ref _items));

    /// <summary>Work waiting for the committer now (for tests and diagnostics).</summary>
    public int Queued => _queue.Count;

    /// <summary>Runs <paramref name="work"/> in the next shared transaction; completes once it is durable.</summary>
    /// <exception cref="ObjectDisposedException">The committer has been shut down.</exception>
    /// <exception cref="InvalidOperationException">Called from work already running in a group commit.</exception>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Thread.CurrentThread == _committer)
        {
            // It would wait for a batch that cannot start until the current one, which waits on it, ends.
            throw new InvalidOperationException("work running in a group commit cannot queue more work and wait for it; do it in the same transaction");
        }

        var item = new GroupWork<T>(work);
        try
        {
            _queue.Add(item);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(GroupCommitter), "the store is shutting down; the write was not accepted");
        }

        return item.Task;
    }

    /// <summary>Commits what is already queued, then stops; later calls are refused.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _committer.Join();
        try
        {
            // Acknowledgements still waiting for the disk: let them go out before the store closes.
            Volatile.Read(ref _lastDurable).Wait();
        }
        catch (AggregateException)
        {
            // Already given to the callers as failures.
        }

        _queue.Dispose();
    }

    private void CommitLoop()
    {
        var batch = new List<GroupWork>(_maxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < _maxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            Commit(batch);
            batch.Clear();
        }
    }

    /// <summary>Commits the batch; drops each failing item and retries the rest until a transaction holds.</summary>
    private void Commit(List<GroupWork> batch)
    {
        var pending = batch;
        var started = CoreMetrics.Start(CoreMetrics.CommitPhases);
        foreach (var item in batch)
        {
            CoreMetrics.Record(CoreMetrics.CommitPhases, item.QueuedAt, CoreMetrics.PhaseTag, "queued");
        }

        while (pending.Count > 0)
        {
            GroupWork? failed = null;
            Task durable;
            try
            {
                _store.InTransactionDeferred(
                    () =>
                    {
                        var work = CoreMetrics.Start(CoreMetrics.CommitPhases);
                        foreach (var item in pending)
                        {
                            failed = item;
                            item.Run();
                        }

                        failed = null;
                        CoreMetrics.Record(CoreMetrics.CommitPhases, work, CoreMetrics.PhaseTag, "work");
                        return 0;
                    },
                    out durable);
            }
            catch (Exception error) when (failed is not null)
            {
                failed.Fail(error);
                pending = pending.Where(i => i != failed).ToList();
                continue;
            }
            catch (Exception error)
            {
                // The commit itself failed (disk full, store closed): nothing of the batch is durable.
                pending.ForEach(i => i.Fail(error));
                return;
            }

            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _items, pending.Count);
            CoreMetrics.BatchSizes.Record(pending.Count);

            // The committed batch is acknowledged when the disk has it; meanwhile this thread runs the
            // next one (its fsync then covers both, in order). Later batches only ever see this one's
            // writes once it is committed, and are acknowledged after a flush that covers it too.
            var committed = pending.ToArray();
            var written = CoreMetrics.Start(CoreMetrics.CommitPhases);
            Volatile.Write(ref _lastDurable, durable.ContinueWith(
                done =>
                {
                    CoreMetrics.Record(CoreMetrics.CommitPhases, written, CoreMetrics.PhaseTag, "durable");
                    CoreMetrics.Record(CoreMetrics.CommitPhases, started, CoreMetrics.PhaseTag, "batch");
                    foreach (var item in committed)
                    {
                        if (done.Exception is { } error)
                        {
                            item.Fail(error.InnerException ?? error);
                        }
                        else
                        {
                            item.Acknowledge();
                        }
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default));
            return;
        }
    }
}
