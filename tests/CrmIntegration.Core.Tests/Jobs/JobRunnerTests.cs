using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Jobs;

/// <summary>
/// Runs through <see cref="JobRunner"/>: recorded with trigger, host and outcome; refused while
/// another runner's run holds the job; never two runs of a job at once across runners.
/// </summary>
public sealed class JobRunnerTests : IDisposable
{
    private readonly TestCore _test = new();

    public void Dispose() => _test.Dispose();

    private JobRunner Runner(JobCatalog catalog, string program) => new(_test.Core, catalog, JobHost.Current(program));

    [Fact]
    public async Task AManualRun_IsRecordedWithItsTriggerHostAndOutcome()
    {
        var job = new CountingJob("tally", "0 0 3 * * ?");

        var result = await Runner(new JobCatalog([job]), JobHost.Crm).RunAsync("TALLY", JobTrigger.Manual, null, default);

        Assert.False(result.Refused);
        Assert.Equal("run 1", result.Outcome!.Summary);
        var run = Assert.Single(_test.Core.Store.ListJobRuns("tally", 10));
        Assert.Equal(result.Run, run);
        Assert.Equal(JobTrigger.Manual, run.Trigger);
        Assert.Equal(JobRunOutcome.Succeeded, run.Outcome);
        Assert.Equal(JobHost.Current(JobHost.Crm), run.RunBy);
        Assert.Equal(_test.Clock.Now.UtcDateTime, run.StartedUtc);
        Assert.Equal(TimeSpan.Zero, run.Duration);
        Assert.Null(run.LeaseExpiresUtc);
    }

    [Fact]
    public async Task AJobThatThrows_IsRecordedAsFailedWithTheMessage_AndReleasesTheJob()
    {
        var job = new ThrowingJob();
        var runner = Runner(new JobCatalog([job]), JobHost.Server);

        var result = await runner.RunAsync("throws", JobTrigger.Schedule, _test.Clock.Now.UtcDateTime, default);

        Assert.Equal(JobRunOutcome.Failed, result.Run!.Outcome);
        Assert.Equal("InvalidOperationException: the relay said no", result.Run.Summary);
        Assert.False((await runner.RunAsync("throws", JobTrigger.Manual, null, default)).Refused);
    }

    [Fact]
    public async Task AnUnknownJob_Fails51NamingTheJobsThereAre()
    {
        var runner = Runner(JobCatalog.Default, JobHost.Crm);

        var e = await Assert.ThrowsAsync<CrmException>(() => runner.RunAsync("mail", JobTrigger.Manual, null, default));

        Assert.Equal(CrmErrorCode.NoRecords, e.Code);
        Assert.Equal("There is no job named 'mail'; the jobs are: mail-delivery, session-cleanup", e.Message);
    }

    [Fact]
    public async Task WhileTheServersRunHoldsTheJob_AManualRunIsRefused_AndAScheduledOneIsRecordedAsSkipped()
    {
        var gate = new GateJob();
        var catalog = new JobCatalog([gate]);
        var serverRun = Runner(catalog, JobHost.Server).RunAsync("gate", JobTrigger.Schedule, _test.Clock.Now.UtcDateTime, default);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        // Bounded waits: a run let through would wait at the closed gate for ever.
        var manual = await Runner(catalog, JobHost.Crm).RunAsync("gate", JobTrigger.Manual, null, default).WaitAsync(TimeSpan.FromSeconds(30));
        // The next slot: the same one again would be refused as run already (each slot runs once).
        var scheduled = await Runner(catalog, JobHost.Server).RunAsync("gate", JobTrigger.Schedule, _test.Clock.Now.UtcDateTime.AddMinutes(1), default)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(manual.Refused);
        Assert.Equal(JobHost.Server, manual.RunningElsewhere!.RunBy.Program);
        Assert.Equal(JobTrigger.Schedule, manual.RunningElsewhere.Trigger);
        Assert.True(scheduled.Refused);
        Assert.Equal(1, gate.Runs);
        var skipped = _test.Core.Store.ListJobRuns("gate", 10).Single(r => r.Outcome == JobRunOutcome.Skipped);
        Assert.Equal($"not run: {manual.RunningElsewhere.RunBy} has been running it since {JobTimes.Utc(manual.RunningElsewhere.StartedUtc)} (run {manual.RunningElsewhere.RunId})", skipped.Summary);

        gate.Release();
        var finished = await serverRun;

        Assert.Equal(JobRunOutcome.Succeeded, finished.Run!.Outcome);
        Assert.False((await Runner(catalog, JobHost.Crm).RunAsync("gate", JobTrigger.Manual, null, default)).Refused);
        Assert.Equal(2, gate.Runs);
    }

    [Fact]
    public async Task AServerAndACrmRunningTheSameJobAtOnce_NeverOverlap()
    {
        // Real time, so that the recorded intervals mean something.
        using var database = new TempDatabase();
        using var core = database.OpenCore(TimeProvider.System);
        var gate = new GateJob { Hold = TimeSpan.FromMilliseconds(3) };
        gate.Release();
        var catalog = new JobCatalog([gate]);
        var server = new JobRunner(core, catalog, JobHost.Current(JobHost.Server));
        var crm = new JobRunner(core, catalog, JobHost.Current(JobHost.Crm));

        async Task<int> Hammer(JobRunner runner, JobTrigger trigger)
        {
            var ran = 0;
            for (var i = 0; i < 60; i++)
            {
                ran += (await runner.RunAsync("gate", trigger, null, default)).Refused ? 0 : 1;
                await Task.Yield();
            }

            return ran;
        }

        var counts = await Task.WhenAll(Task.Run(() => Hammer(server, JobTrigger.Schedule)), Task.Run(() => Hammer(crm, JobTrigger.Manual)),
            Task.Run(() => Hammer(crm, JobTrigger.Manual)));

        Assert.Equal(1, gate.MostInside);
        Assert.Equal(gate.Runs, counts.Sum());
        Assert.True(counts.Sum() < 180, "some runs must have been refused, or the runners never met");
        var runs = core.Store.ListJobRuns("gate", 1000).Where(r => r.Outcome == JobRunOutcome.Succeeded).OrderBy(r => r.StartedUtc).ToList();
        Assert.True(runs.Count > 1);
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].StartedUtc >= runs[i - 1].EndedUtc,
                $"run {runs[i].RunId} started at {runs[i].StartedUtc:O}, before {runs[i - 1].RunId} ended at {runs[i - 1].EndedUtc:O}");
        }
    }

    [Fact]
    public async Task ACrashedRunnersLease_IsTakenOverOnceItExpires()
    {
        var job = new CountingJob("tally", "0 0 3 * * ?");
        var catalog = new JobCatalog([job]);
        var started = _test.Clock.Now.UtcDateTime;
        var dead = new JobRun("tally", "dead-run", JobTrigger.Schedule, started, started, new JobHost(JobHost.Server, "web1", 4242))
        {
            LeaseExpiresUtc = started + JobRunner.DefaultLeaseDuration,
        };
        Assert.True(_test.Core.Store.TryStartJobRun(dead).WasTaken);
        var crm = Runner(catalog, JobHost.Crm);

        _test.Clock.Advance(JobRunner.DefaultLeaseDuration - TimeSpan.FromSeconds(1));
        Assert.Equal("dead-run", (await crm.RunAsync("tally", JobTrigger.Manual, null, default)).RunningElsewhere?.RunId);

        _test.Clock.Advance(TimeSpan.FromSeconds(2));
        var result = await crm.RunAsync("tally", JobTrigger.Manual, null, default);

        Assert.False(result.Refused);
        Assert.Equal(1, job.Runs);
        Assert.Equal(JobRunOutcome.Failed, _test.Core.Store.ListJobRuns("tally", 10).Single(r => r.RunId == "dead-run").Outcome);
    }

    [Fact]
    public async Task ARunWhoseLeaseAnotherRunnerTookOver_StopsInsteadOfCarryingOnBesideIt()
    {
        var gate = new GateJob();
        var lease = TimeSpan.FromMilliseconds(400);
        var stalled = new JobRunner(_test.Core, new JobCatalog([gate]), JobHost.Current(JobHost.Server), lease);
        var running = stalled.RunAsync("gate", JobTrigger.Schedule, null, default);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        // Another runner that judges the lease lapsed (as it would after this process stalled) takes the job.
        var later = _test.Clock.Now.UtcDateTime + lease * 3;
        var thief = new JobRun("gate", "thief", JobTrigger.Manual, null, later, new JobHost(JobHost.Crm, "web2", 7)) { LeaseExpiresUtc = later + lease };
        Assert.True(_test.Core.Store.TryStartJobRun(thief).WasTaken);

        // The stalled run's next renewal finds the lease gone and stops the job at once, gate still closed.
        var result = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(JobRunOutcome.Failed, result.Run!.Outcome);
        Assert.Contains("another runner took the job over", result.Run.Summary);
        Assert.Equal(1, gate.Runs);
    }

    [Fact]
    public async Task ACancelledRun_IsRecordedAsStopped_AndReleasesTheJob()
    {
        var gate = new GateJob();
        var runner = Runner(new JobCatalog([gate]), JobHost.Server);
        using var cancel = new CancellationTokenSource();
        var running = runner.RunAsync("gate", JobTrigger.Schedule, null, cancel.Token);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        var run = Assert.Single(_test.Core.Store.ListJobRuns("gate", 10));
        Assert.Equal(JobRunOutcome.Failed, run.Outcome);
        Assert.StartsWith("stopped before it finished", run.Summary);
        gate.Release();
        Assert.False((await runner.RunAsync("gate", JobTrigger.Manual, null, default)).Refused);
    }

    private sealed class ThrowingJob : ICrmJob
    {
        public string Name => "throws";

        public string Description => "Test job: throws.";

        public string DefaultCron => "0 0 3 * * ?";

        public Task<JobOutcome> RunAsync(CrmCore core, CancellationToken cancellation) =>
            throw new InvalidOperationException("the relay said no");
    }
}
