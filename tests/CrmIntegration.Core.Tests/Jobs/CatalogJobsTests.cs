using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Jobs.Catalog;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;
using CrmIntegration.Core.Tests.Mail;

namespace CrmIntegration.Core.Tests.Jobs;

/// <summary>The product's jobs run through the runner: mail delivery and session clean-up.</summary>
public sealed class CatalogJobsTests : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly TestCore _test = new(new SecurityOptions { SessionIdleTimeout = Idle }, MailTestData.Options());

    public void Dispose() => _test.Dispose();

    private Task<JobRunResult> RunAsync(string job) =>
        new JobRunner(_test.Core, JobCatalog.Default, JobHost.Current(JobHost.Server)).RunAsync(job, JobTrigger.Schedule, null, default);

    [Fact]
    public async Task MailDelivery_SendsTheDueMail_AndReportsWhatItDid()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var mail = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));

        var first = await RunAsync(MailDeliveryJob.JobName);
        var second = await RunAsync(MailDeliveryJob.JobName);

        Assert.Equal(JobRunOutcome.Succeeded, first.Run!.Outcome);
        Assert.True(first.Run.DidWork);
        Assert.Equal($"Sent 1 via pickup directory {_test.Core.OutboxDirectory}; 0 to retry later, 0 failed.", first.Run.Summary);
        Assert.Equal(1, Assert.IsType<MailDeliveryDetails>(first.Outcome!.Details).Report.Sent);
        Assert.Equal(Core.Mail.MailStatus.Sent, _test.Core.Store.GetMail(mail.Id)!.Status);
        Assert.False(second.Run!.DidWork);
        Assert.StartsWith("Sent 0 via", second.Run.Summary);
    }

    [Fact]
    public async Task MailDelivery_ThatLeavesMailUnsent_IsAFailedRunNamingIt()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var mail = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));
        File.WriteAllText(_test.Core.OutboxDirectory, "a file where the outbox directory should be");

        var result = await RunAsync(MailDeliveryJob.JobName);

        Assert.Equal(JobRunOutcome.Failed, result.Run!.Outcome);
        Assert.Contains("; 1 to retry later, 0 failed.", result.Run.Summary);
        var problem = Assert.Single(result.Outcome!.Problems);
        Assert.StartsWith($"{mail.Id} to ", problem);
        Assert.Contains("binh@hoasen.example.vn", problem);
    }

    [Fact]
    public async Task SessionCleanup_DeletesOnlySessionsIdleLongerThanTheTimeout()
    {
        _test.Core.AddUser("alice");
        var old = _test.Core.Auth.Login("alice", Builders.PasswordMd5);
        _test.Clock.Advance(TimeSpan.FromMinutes(20));
        var recent = _test.Core.Auth.Login("alice", Builders.PasswordMd5);
        _test.Clock.Advance(TimeSpan.FromMinutes(15));

        var result = await RunAsync(SessionCleanupJob.JobName);

        Assert.Equal("Deleted 1 expired session(s) (idle longer than Security:SessionIdleTimeout).", result.Run!.Summary);
        Assert.True(result.Run.DidWork);
        Assert.Null(_test.Core.Store.GetSession(old.Id));
        Assert.NotNull(_test.Core.Store.GetSession(recent.Id));
        Assert.Equal("No expired session to delete.", (await RunAsync(SessionCleanupJob.JobName)).Run!.Summary);
    }
}
