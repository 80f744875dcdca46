using CrmIntegration.Core.Diagnostics;

namespace CrmIntegration.Core.Storage.GroupCommit;

/// <summary>One caller's work in a group commit: run in the batch, answered after the commit.</summary>
internal abstract class GroupWork
{
    /// <summary>When the work was queued, for the <c>queued</c> phase metric (0 when nobody listens).</summary>
    public long QueuedAt { get; } = CoreMetrics.Start(CoreMetrics.CommitPhases);

    /// <summary>Runs the work inside the shared transaction (possibly again, after a retry).</summary>
    public abstract void Run();

    /// <summary>The transaction holding this work is durable: hand the caller its result.</summary>
    public abstract void Acknowledge();

    public abstract void Fail(Exception error);
}

internal sealed class GroupWork<T>(Func<T> work) : GroupWork
{
    // Continuations run on the thread pool, never on the committer thread.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public override void Run() => _result = work();

    public override void Acknowledge() => _completion.TrySetResult(_result);

    public override void Fail(Exception error) => _completion.TrySetException(error);
}
