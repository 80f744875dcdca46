using CrmIntegration.Core.Jobs;

namespace CrmIntegration.Core.Tests.Jobs;

/// <summary>
/// A job that waits at a gate until the test releases it (every run after the release passes at
/// once), counting how many of its runs were ever inside at the same time. Also linked into the
/// server and CLI tests.
/// </summary>
public sealed class GateJob(string name = "gate", string cron = "0 0 3 * * ?") : ICrmJob
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _mostInside;
    private int _runs;

    public string Name => name;

    public string Description => "Test job: waits at a gate until the test releases it.";

    public string DefaultCron => cron;

    /// <summary>Completes when a run first stands at the gate.</summary>
    public Task Entered => _entered.Task;

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>The most runs ever inside at once: 1 unless two runs overlapped.</summary>
    public int MostInside => Volatile.Read(ref _mostInside);

    /// <summary>How long each run stays inside after passing the gate.</summary>
    public TimeSpan Hold { get; init; }

    public void Release() => _gate.TrySetResult();

    public async Task<JobOutcome> RunAsync(CrmCore core, CancellationToken cancellation)
    {
        var inside = Interlocked.Increment(ref _inside);
        Interlocked.Increment(ref _runs);
        for (var most = Volatile.Read(ref _mostInside); inside > most; most = Volatile.Read(ref _mostInside))
        {
            Interlocked.CompareExchange(ref _mostInside, inside, most);
        }

        try
        {
            _entered.TrySetResult();
            await _gate.Task.WaitAsync(cancellation);
            if (Hold > TimeSpan.Zero)
            {
                await Task.Delay(Hold, cancellation);
            }

            return JobOutcome.Success("passed the gate", didWork: true);
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }
}

/// <summary>A job that does nothing but count its runs; <paramref name="didWork"/> says what it reports.</summary>
public sealed class CountingJob(string name, string cron, bool didWork = true) : ICrmJob
{
    private int _runs;

    public string Name => name;

    public string Description => "Test job: counts its runs.";

    public string DefaultCron => cron;

    public int Runs => Volatile.Read(ref _runs);

    public Task<JobOutcome> RunAsync(CrmCore core, CancellationToken cancellation)
    {
        var run = Interlocked.Increment(ref _runs);
        return Task.FromResult(JobOutcome.Success($"run {run}", didWork));
    }
}
