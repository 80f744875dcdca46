using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Tests.Infrastructure;
using CrmIntegration.Core.Tests.Jobs;
using CrmIntegration.Server.Tests.Infrastructure;
using CrmIntegration.Server.Tests.Mail;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmIntegration.Server.Tests.Jobs;

/// <summary>
/// The real server on a clock the test moves: a job whose slot passed while the server was down runs
/// once after the next start (however many slots it missed), and a job that missed nothing does not
/// run at start.
/// </summary>
public sealed class JobCatchUpTests : IAsyncLifetime
{
    // Monday 2 March 2026, 07:30 in Ho Chi Minh City; the report runs daily at 08:00 there.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.Zero));
    private readonly CountingJob _daily = new("daily-report", "0 0 8 * * ?");
    private readonly ServerFixture _server = new();

    public async Task InitializeAsync()
    {
        _server.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<ICrmJob>(_daily);
        });
        await _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    private IReadOnlyList<JobRun> Runs() => _server.Core.Store.ListJobRuns("daily-report", 100);

    /// <summary>
    /// The report's triggers as the started server holds them. With only the cron trigger, and its
    /// next slot still ahead on the test's clock, nothing can run the job until the test moves it.
    /// </summary>
    private async Task<IReadOnlyCollection<ITrigger>> TriggersAsync()
    {
        var scheduler = await _server.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTriggersOfJob(new JobKey("daily-report", "crm"));
    }

    [Fact]
    public async Task AJobMissedWhileTheServerWasDown_RunsOnceAfterTheStart_AndNotAgainOnTheNextStart()
    {
        // First start, 07:30: nothing was missed, and the next slot is today's 08:00.
        var first = Assert.Single(await TriggersAsync());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)), first.NextFireTimeUtc);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(Runs());

        // Down from Monday 07:30 to Wednesday 10:00: the 08:00 slots of Monday, Tuesday and Wednesday pass.
        await _server.StopAsync();
        _clock.Advance(TimeSpan.FromHours(50.5));
        await _server.StartAsync();

        var catchUp = await Eventually.WaitForAsync(() => Runs().FirstOrDefault(r => r.Outcome is not null), "the catch-up run");
        Assert.Equal(JobTrigger.CatchUp, catchUp.Trigger);
        Assert.Equal(JobRunOutcome.Succeeded, catchUp.Outcome);
        Assert.Equal(new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc), catchUp.ScheduledUtc);
        Assert.Equal(JobHost.Server, catchUp.RunBy.Program);
        Assert.Equal(_clock.Now.UtcDateTime, catchUp.StartedUtc);
        var left = Assert.Single(await Eventually.WaitForAsync(async () => await TriggersAsync() is { Count: 1 } t ? t : null, "the catch-up trigger to be used"));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.FromHours(7)), left.NextFireTimeUtc);
        Assert.Equal(1, _daily.Runs);

        // Started again an hour later: the catch-up run covered Wednesday's slot, so nothing is missed.
        await _server.StopAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        await _server.StartAsync();

        // A catch-up would show as a second trigger now, or as a second run once Quartz has fired it.
        Assert.Single(await TriggersAsync());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _daily.Runs);
        Assert.Single(Runs());
    }
}
