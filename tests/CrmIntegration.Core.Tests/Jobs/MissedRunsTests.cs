using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Jobs.Scheduling;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Jobs;

/// <summary>
/// Which runs the server catches up at start (<see cref="JobRunner.MissedRuns"/>), with a clock the
/// test moves: a slot after the last recorded run and before now is missed, once however many.
/// </summary>
public sealed class MissedRunsTests : IDisposable
{
    // 07:30 in Ho Chi Minh City (UTC+7); the daily job runs at 08:00 there.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 30, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Start);
    private readonly TempDatabase _database = new();
    private readonly CountingJob _daily = new("daily-report", "0 0 8 * * ?");
    private readonly CountingJob _hourly = new("hourly-sync", "0 0 * * * ?");

    public void Dispose() => _database.Dispose();

    private JobCatalog Catalog => new([_daily, _hourly]);

    private IReadOnlyList<JobSchedule> Schedules(SchedulingOptions? options = null) => (options ?? new SchedulingOptions()).Resolve(Catalog);

    private IReadOnlyList<(string Job, DateTimeOffset Slot)> Missed(SchedulingOptions? options = null)
    {
        using var core = _database.OpenCore(_clock);
        return new JobRunner(core, Catalog, JobHost.Current(JobHost.Server)).MissedRuns(Schedules(options))
            .Select(m => (m.Schedule.Job, m.MissedSlot)).ToList();
    }

    private async Task RunAsync(string job, JobTrigger trigger)
    {
        using var core = _database.OpenCore(_clock);
        await new JobRunner(core, Catalog, JobHost.Current(JobHost.Server)).RunAsync(job, trigger, null, default);
    }

    [Fact]
    public void AJobNeverSeenBefore_HasMissedNothing()
    {
        Assert.Empty(Missed());
    }

    [Fact]
    public void ServerDownOverSeveralSlots_MissesTheJobOnce_FromTheFirstSlot()
    {
        Assert.Empty(Missed());

        // Down from Monday 07:30 to Wednesday 10:00: three 08:00 slots and 50 hourly ones.
        _clock.Advance(TimeSpan.FromHours(50.5));
        var missed = Missed();

        Assert.Equal(
            [("daily-report", new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7))), ("hourly-sync", new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero))],
            missed);
    }

    [Fact]
    public async Task AfterTheCatchUpRun_NothingIsMissedUntilTheNextSlotPasses()
    {
        Assert.Empty(Missed());
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Contains("daily-report", Missed().Select(m => m.Job));

        await RunAsync("daily-report", JobTrigger.CatchUp);
        Assert.DoesNotContain("daily-report", Missed().Select(m => m.Job));

        _clock.Advance(TimeSpan.FromHours(20));
        Assert.DoesNotContain("daily-report", Missed().Select(m => m.Job));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains("daily-report", Missed().Select(m => m.Job));
    }

    [Fact]
    public async Task AManualRunAfterTheSlot_CoversIt()
    {
        Assert.Empty(Missed());
        _clock.Advance(TimeSpan.FromHours(2));
        await RunAsync("daily-report", JobTrigger.Manual);

        _clock.Advance(TimeSpan.FromMinutes(30));

        Assert.DoesNotContain("daily-report", Missed().Select(m => m.Job));
    }

    [Fact]
    public void ADisabledJob_IsNeverCaughtUp()
    {
        var options = new SchedulingOptions { Jobs = { ["daily-report"] = new JobScheduleOptions { Enabled = false } } };
        Assert.Empty(Missed(options));

        _clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(["hourly-sync"], Missed(options).Select(m => m.Job));
    }

    [Fact]
    public void ASlotExactlyNow_IsLeftToTheScheduler()
    {
        Assert.Empty(Missed());

        // 01:00 UTC, 08:00 in Ho Chi Minh City: a slot of both jobs, due this very second.
        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(Missed());

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["daily-report", "hourly-sync"], Missed().Select(m => m.Job));
    }

    [Fact]
    public void TheScheduleIsReadInItsTimeZone()
    {
        var utc = new SchedulingOptions { Jobs = { ["daily-report"] = new JobScheduleOptions { TimeZone = "UTC" } } };
        Assert.Empty(Missed(utc));

        // 01:30 UTC (08:30 in Ho Chi Minh City): the 08:00 UTC slot has not come yet.
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.DoesNotContain("daily-report", Missed(utc).Select(m => m.Job));
        Assert.Contains("daily-report", Missed().Select(m => m.Job));
    }
}
