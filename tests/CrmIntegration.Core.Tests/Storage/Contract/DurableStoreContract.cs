using CrmIntegration.Core.Mail;

namespace CrmIntegration.Core.Tests.Storage.Contract;

/// <summary>What a store that keeps its data must still hold after a restart (<see cref="StoreContract.Reopen"/>).</summary>
public abstract class DurableStoreContract : StoreContract
{
    [Fact]
    public void Restart_KeepsRecordsAndQueriesThem()
    {
        var lead = Lead("Trần", ("status", "Assigned"));
        Store.Insert(lead);

        Reopen();

        Assert.Equal("Trần", Store.Get("Leads", lead.Id)!["last_name"]);
        var page = Run(LeadQuery("status = 'assigned'") with { Limit = 10, CountTotal = true });
        Assert.Equal((lead.Id, 1), (Assert.Single(page.Records).Id, page.Total));
    }

    [Fact]
    public void Restart_ChangeSequenceContinues_AndChangesBeforeItAreStillListed()
    {
        var first = Lead("First");
        Store.Insert(first);
        var before = Store.RecordVersion;
        var second = Lead("Second");
        Store.Insert(second);
        first["title"] = "Giám đốc";
        Store.Update(first);
        var version = Store.RecordVersion;

        Reopen();

        Assert.Equal(version, Store.RecordVersion);
        var changes = Store.RecordChangesSince(before)!;
        Assert.Equal(version, changes.Version);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), changes.Records.Select(k => k.Id).Order());
        Store.Insert(Lead("Third"));
        Assert.Equal(version + 1, Store.RecordVersion);
    }

    [Fact]
    public void Restart_KeepsTheMailQueue_AndAClaimStillEndsOnlyByItsAttempt()
    {
        var mail = Mail(Noon);
        Store.EnqueueMail(mail);
        var claimed = Store.ClaimDueMail(Noon, Noon, "run", TimeSpan.FromMinutes(10))!;

        Reopen();

        var read = Store.GetMail(mail.Id)!;
        Assert.Equal((MailStatus.Sending, claimed.AttemptId, Noon.AddMinutes(10)), (read.Status, read.AttemptId, read.LeaseUntilUtc));
        Assert.Equal(1, Store.ReleaseExpiredMailClaims(Noon.AddMinutes(10)));
        Assert.False(Store.CompleteMailAttempt(mail.Id, claimed.AttemptId!, MailStatus.Sent, Noon.AddMinutes(10), "late"));
    }

    [Fact]
    public void Restart_KeepsAJobsLeaseAndItsRuns()
    {
        Assert.True(Store.TryStartJobRun(JobRunAt(JobServer, JobsT0, "run-1")).WasTaken);

        Reopen();

        Assert.Equal("run-1", Store.TryStartJobRun(JobRunAt(JobCrm, JobsT0.AddSeconds(10), "run-2")).HeldBy?.RunId);
        Assert.True(Store.ListJobRuns("mail-delivery", 1).Single().InProgress);
    }
}
