using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Tests.Jobs;
using CrmIntegration.Server.Tests.Infrastructure;
using CrmIntegration.Server.Tests.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace CrmIntegration.Server.Tests.Jobs;

/// <summary>
/// The server's scheduled run of a job and a run asked for by <c>crm jobs run</c> (the same runner
/// code, as a handed-off command runs it) never overlap: while the server's run holds the job, the
/// other is refused and told who runs it.
/// </summary>
public sealed class JobLeaseTests : IAsyncLifetime
{
    private readonly GateJob _gate = new("gate", "* * * * * ?") { Hold = TimeSpan.FromMilliseconds(50) };
    private readonly ServerFixture _server = new();

    public async Task InitializeAsync()
    {
        _server.ConfigureServices(services => services.AddSingleton<ICrmJob>(_gate));
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        _gate.Release();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task WhileTheServersScheduledRunHoldsTheJob_ACrmRunIsRefused_AndNoTwoRunsEverOverlap()
    {
        var crm = new JobRunner(_server.Core, new JobCatalog([_gate]), JobHost.Current(JobHost.Crm));
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(60));

        // A bounded wait: a run let through would wait at the closed gate for ever.
        var refused = await crm.RunAsync("gate", JobTrigger.Manual, null, default).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(refused.Refused);
        Assert.Equal(JobHost.Server, refused.RunningElsewhere!.RunBy.Program);
        Assert.Equal(Environment.ProcessId, refused.RunningElsewhere.RunBy.ProcessId);
        Assert.Equal(JobTrigger.Schedule, refused.RunningElsewhere.Trigger);
        Assert.Equal(1, _gate.Runs);

        // Released, the job runs every second; manual runs get in between the server's.
        _gate.Release();
        var manual = 0;
        for (var attempt = 0; attempt < 200 && manual < 3; attempt++)
        {
            manual += (await crm.RunAsync("gate", JobTrigger.Manual, null, default)).Refused ? 0 : 1;
            await Task.Delay(TimeSpan.FromMilliseconds(150));
        }

        Assert.Equal(3, manual);
        await Eventually.WaitForAsync(() => _server.Core.Store.ListJobRuns("gate", 1000)
            .Count(r => r.Trigger == JobTrigger.Schedule && r.Outcome == JobRunOutcome.Succeeded) >= 3 ? "enough" : null, "three scheduled runs");
        Assert.Equal(1, _gate.MostInside);
        var runs = _server.Core.Store.ListJobRuns("gate", 1000).Where(r => !r.InProgress && r.Outcome != JobRunOutcome.Skipped)
            .OrderBy(r => r.StartedUtc).ToList();
        Assert.Equal(3, runs.Count(r => r.Trigger == JobTrigger.Manual));
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].StartedUtc >= runs[i - 1].EndedUtc,
                $"{runs[i].Trigger} run {runs[i].RunId} started at {runs[i].StartedUtc:O}, before {runs[i - 1].Trigger} run {runs[i - 1].RunId} ended at {runs[i - 1].EndedUtc:O}");
        }
    }
}
