using CrmIntegration.Core.Jobs;

namespace CrmIntegration.Core.Tests.Storage.Contract;

/// <summary>The store's side of job runs: the lease taken atomically, its expiry and renewal, the bounded history.</summary>
public abstract partial class StoreContract
{
    protected static readonly DateTime JobsT0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    protected static readonly JobHost JobServer = new(JobHost.Server, "web1", 101);
    protected static readonly JobHost JobCrm = new(JobHost.Crm, "web1", 202);

    protected static JobRun JobRunAt(JobHost by, DateTime at, string id, TimeSpan? lease = null) =>
        new("mail-delivery", id, by == JobServer ? JobTrigger.Schedule : JobTrigger.Manual, null, at, by) { LeaseExpiresUtc = at + (lease ?? TimeSpan.FromMinutes(2)) };

    private static JobRun JobEnded(JobRun run, DateTime at, bool didWork = false, JobRunOutcome outcome = JobRunOutcome.Succeeded) =>
        run with { EndedUtc = at, Outcome = outcome, Summary = "done", DidWork = didWork, LeaseExpiresUtc = null };

    [Fact]
    public void ALease_RefusesASecondRun_UntilTheFirstFinishes()
    {
        var store = Store;
        var first = JobRunAt(JobServer, JobsT0, "run-1");
        Assert.True(store.TryStartJobRun(first).WasTaken);

        var refused = store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddSeconds(30), "run-2"));

        Assert.False(refused.WasTaken);
        Assert.Equal("run-1", refused.HeldBy!.RunId);
        Assert.Equal(JobServer, refused.HeldBy.RunBy);
        Assert.Equal(JobsT0, refused.HeldBy.StartedUtc);
        Assert.Equal(["run-1"], store.ListJobRuns("mail-delivery", 10).Select(r => r.RunId));

        store.FinishJobRun(JobEnded(first, JobsT0.AddSeconds(40)), 50);

        Assert.True(store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddSeconds(41), "run-3")).WasTaken);
        Assert.Equal(["run-3", "run-1"], store.ListJobRuns("mail-delivery", 10).Select(r => r.RunId));
    }

    [Fact]
    public void AScheduleSlot_RunsOnce_EvenWhenItsFirstRunFinishedBeforeTheSecondAsks()
    {
        // Two server instances' schedulers fire the same slot; the first run is over before the second asks.
        var store = Store;
        var slot = JobsT0;
        var first = JobRunAt(JobServer, slot, "run-1") with { ScheduledUtc = slot };
        Assert.True(store.TryStartJobRun(first).WasTaken);
        store.FinishJobRun(JobEnded(first, slot.AddMilliseconds(20)), 50);

        var second = store.TryStartJobRun(JobRunAt(JobServer, slot.AddMilliseconds(50), "run-2") with { ScheduledUtc = slot });
        var catchUpOfAnEarlierSlot = store.TryStartJobRun(
            JobRunAt(JobServer, slot.AddSeconds(1), "run-3") with { Trigger = JobTrigger.CatchUp, ScheduledUtc = slot.AddSeconds(-5) });
        var manual = store.TryStartJobRun(JobRunAt(JobCrm, slot.AddSeconds(2), "run-4"));

        Assert.Equal((false, slot), (second.WasTaken, second.SlotRunBefore));
        Assert.Null(second.HeldBy);
        Assert.False(catchUpOfAnEarlierSlot.WasTaken);
        Assert.True(manual.WasTaken);
        store.FinishJobRun(JobEnded(JobRunAt(JobCrm, slot.AddSeconds(2), "run-4"), slot.AddSeconds(3)), 50);
        Assert.True(store.TryStartJobRun(JobRunAt(JobServer, slot.AddSeconds(5), "run-5") with { ScheduledUtc = slot.AddSeconds(5) }).WasTaken);
        Assert.DoesNotContain(store.ListJobRuns("mail-delivery", 10), r => r.RunId is "run-2" or "run-3");
    }

    [Fact]
    public void AnExpiredLease_IsTakenOver_AndTheAbandonedRunIsClosedAsFailed()
    {
        var store = Store;
        Assert.True(store.TryStartJobRun(JobRunAt(JobServer, JobsT0, "dead", TimeSpan.FromMinutes(2))).WasTaken);

        Assert.False(store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddMinutes(2).AddSeconds(-1), "too-early")).WasTaken);
        var takeover = store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddMinutes(2).AddSeconds(1), "takeover"));

        Assert.True(takeover.WasTaken);
        var dead = store.ListJobRuns("mail-delivery", 10).Single(r => r.RunId == "dead");
        Assert.Equal(JobRunOutcome.Failed, dead.Outcome);
        Assert.Equal(JobsT0.AddMinutes(2), dead.EndedUtc);
        Assert.Null(dead.LeaseExpiresUtc);
        Assert.StartsWith("abandoned: server (pid 101 on web1) stopped renewing its lease, which expired at 2026-03-02 01:02:00 UTC", dead.Summary);
    }

    [Fact]
    public void Renewing_MovesTheExpiry_AndOnlyTheHolderCanRenew()
    {
        var store = Store;
        Assert.True(store.TryStartJobRun(JobRunAt(JobServer, JobsT0, "run-1", TimeSpan.FromMinutes(2))).WasTaken);

        Assert.True(store.RenewJobLease("mail-delivery", "run-1", JobsT0.AddMinutes(5)));
        Assert.False(store.RenewJobLease("mail-delivery", "someone-else", JobsT0.AddMinutes(50)));

        Assert.False(store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddMinutes(4), "run-2")).WasTaken);
        Assert.Equal(JobsT0.AddMinutes(5), store.ListJobRuns("mail-delivery", 1).Single().LeaseExpiresUtc);
        Assert.True(store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddMinutes(5).AddSeconds(1), "run-3")).WasTaken);
        Assert.False(store.RenewJobLease("mail-delivery", "run-1", JobsT0.AddMinutes(9)));
    }

    [Fact]
    public void History_KeepsTheNewestRun_AndTheNewestRunsThatDidWork()
    {
        var store = Store;
        var at = JobsT0;
        for (var i = 0; i < 300; i++)
        {
            // Every tenth run did something, every 25th failed; the rest found nothing to do.
            var run = JobRunAt(JobServer, at, $"run-{i:000}");
            Assert.True(store.TryStartJobRun(run).WasTaken);
            var outcome = i % 25 == 0 ? JobRunOutcome.Failed : JobRunOutcome.Succeeded;
            store.FinishJobRun(JobEnded(run, at.AddMilliseconds(100), didWork: i % 10 == 0, outcome), 20);
            at = at.AddSeconds(5);
        }

        var kept = store.ListJobRuns("mail-delivery", 1000);

        Assert.Equal(21, kept.Count);
        Assert.Equal("run-299", kept[0].RunId);
        var expected = Enumerable.Range(0, 299).Reverse().Where(i => i % 10 == 0 || i % 25 == 0).Take(20).Select(i => $"run-{i:000}");
        Assert.Equal(expected, kept.Skip(1).Select(r => r.RunId));
    }

    [Fact]
    public void History_NeverDropsARunInProgress()
    {
        var store = Store;
        Assert.True(store.TryStartJobRun(JobRunAt(JobServer, JobsT0, "running")).WasTaken);

        // Skipped runs of another runner, refused meanwhile, are recorded without the lease.
        for (var i = 0; i < 5; i++)
        {
            var at = JobsT0.AddSeconds(5 * (i + 1));
            store.FinishJobRun(new JobRun("mail-delivery", $"skipped-{i}", JobTrigger.Schedule, at, at, JobCrm)
            {
                EndedUtc = at, Outcome = JobRunOutcome.Skipped, Summary = "not run",
            }, 50);
        }

        Assert.Equal(["skipped-4", "running"], store.ListJobRuns("mail-delivery", 10).Select(r => r.RunId));
        Assert.False(store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddSeconds(40), "still-held")).WasTaken);
    }

    [Fact]
    public void TrackJob_RemembersTheFirstTime()
    {
        var store = Store;

        Assert.Equal(JobsT0, store.TrackJob("session-cleanup", JobsT0));
        Assert.Equal(JobsT0, store.TrackJob("session-cleanup", JobsT0.AddDays(3)));
        Assert.Equal(JobsT0.AddDays(1), store.TrackJob("mail-delivery", JobsT0.AddDays(1)));
    }
}
