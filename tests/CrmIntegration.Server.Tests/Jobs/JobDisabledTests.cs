using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Tests.Infrastructure;
using CrmIntegration.Core.Tests.Jobs;
using CrmIntegration.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmIntegration.Server.Tests.Jobs;

/// <summary><c>Scheduling:Jobs:NAME:Enabled=false</c>: the server neither schedules the job nor catches it up.</summary>
public sealed class JobDisabledTests : IAsyncLifetime
{
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
        _server.Configure("Scheduling:Jobs:daily_report:Enabled", "false");
        await _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task ADisabledJob_HasNoTrigger_AndIsNotCaughtUpAfterADownTime()
    {
        var scheduler = await _server.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Empty(await scheduler.GetTriggersOfJob(new JobKey("daily-report", "crm")));
        Assert.NotEmpty(await scheduler.GetTriggersOfJob(new JobKey("mail-delivery", "crm")));

        await _server.StopAsync();
        _clock.Advance(TimeSpan.FromDays(2));
        await _server.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));

        scheduler = await _server.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Empty(await scheduler.GetTriggersOfJob(new JobKey("daily-report", "crm")));
        Assert.Equal(0, _daily.Runs);
        Assert.Empty(_server.Core.Store.ListJobRuns("daily-report", 10));
    }
}
