using CrmIntegration.Core.Mail;

namespace CrmIntegration.Core.Tests.Storage.Contract;

public abstract partial class StoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [Fact]
    public void Mail_Claim_TakesTheOldestDue_Once()
    {
        var later = Mail(Noon.AddMinutes(5));
        var first = Mail(Noon);
        Store.EnqueueMail(later);
        Store.EnqueueMail(first);

        var claimed = Store.ClaimDueMail(Noon.AddMinutes(1), Noon.AddMinutes(1), "run-a", Lease)!;

        Assert.Equal((first.Id, MailStatus.Sending, "run-a", 1), (claimed.Id, claimed.Status, claimed.ClaimedBy, claimed.Attempts));
        Assert.Equal(Noon.AddMinutes(11), claimed.LeaseUntilUtc);
        Assert.Equal(claimed, Store.GetMail(first.Id)! with { Log = claimed.Log });
        Assert.Null(Store.ClaimDueMail(Noon.AddMinutes(1), Noon.AddMinutes(1), "run-b", Lease));
        Assert.Equal(later.Id, Store.ClaimDueMail(Noon.AddMinutes(6), Noon.AddMinutes(6), "run-b", Lease)!.Id);
    }

    [Fact]
    public void Mail_Complete_EndsTheAttempt_AndOnlyThatAttempt()
    {
        var mail = Mail(Noon);
        Store.EnqueueMail(mail);
        var claimed = Store.ClaimDueMail(Noon, Noon, "run-a", Lease)!;

        Assert.False(Store.CompleteMailAttempt(mail.Id, "another-attempt", MailStatus.Sent, Noon, "250 OK"));
        Assert.True(Store.CompleteMailAttempt(mail.Id, claimed.AttemptId!, MailStatus.Sent, Noon.AddSeconds(3), "250 OK"));
        Assert.False(Store.CompleteMailAttempt(mail.Id, claimed.AttemptId!, MailStatus.Failed, Noon.AddSeconds(4), "late"));

        var sent = Store.GetMail(mail.Id)!;
        Assert.Equal((MailStatus.Sent, Noon.AddSeconds(3), null, null), (sent.Status, sent.SentUtc, sent.AttemptId, sent.LeaseUntilUtc));
        Assert.Equal(["queued", "sending", "sent"], sent.Log.Select(e => e.Outcome));
        Assert.Equal([mail.Id], Store.ListMail(MailStatus.Sent, 10).Select(m => m.Id));
    }

    [Fact]
    public void Mail_ClaimWhoseLeaseRanOut_IsTakenAgain_AndTheDeadAttemptChangesNothing()
    {
        var mail = Mail(Noon);
        Store.EnqueueMail(mail);
        var dead = Store.ClaimDueMail(Noon, Noon, "run-that-dies", Lease)!;

        // Within the lease the claim holds.
        Assert.Equal(0, Store.ReleaseExpiredMailClaims(Noon.AddMinutes(9)));
        Assert.Null(Store.ClaimDueMail(Noon.AddMinutes(9), Noon.AddMinutes(9), "run-b", Lease));

        Assert.Equal(1, Store.ReleaseExpiredMailClaims(Noon.AddMinutes(10)));
        var retaken = Store.ClaimDueMail(Noon.AddMinutes(10), Noon.AddMinutes(10), "run-b", Lease)!;
        Assert.Equal((mail.Id, 2, "run-b"), (retaken.Id, retaken.Attempts, retaken.ClaimedBy));

        // The first run wakes up and reports: it no longer holds the mail, so nothing is written.
        var before = Store.GetMail(mail.Id)!;
        Assert.False(Store.CompleteMailAttempt(mail.Id, dead.AttemptId!, MailStatus.Sent, Noon.AddMinutes(11), "250 late"));
        Assert.Equal(before, Store.GetMail(mail.Id)! with { Log = before.Log });
        Assert.Equal(before.Log, Store.GetMail(mail.Id)!.Log);

        Assert.True(Store.CompleteMailAttempt(mail.Id, retaken.AttemptId!, MailStatus.Sent, Noon.AddMinutes(11), "250 OK"));
        Assert.Equal(["queued", "sending", "interrupted", "sending", "sent"], Store.GetMail(mail.Id)!.Log.Select(e => e.Outcome));
    }

    [Fact]
    public void Mail_NotDueYet_IsNotClaimed_AndListIsNewestFirst()
    {
        var due = Mail(Noon);
        var notYet = Mail(Noon.AddHours(1));
        Store.EnqueueMail(due);
        Store.EnqueueMail(notYet);

        Assert.Equal(due.Id, Store.ClaimDueMail(Noon, Noon, "run", Lease)!.Id);
        Assert.Null(Store.ClaimDueMail(Noon, Noon, "run", Lease));
        Assert.Equal([notYet.Id, due.Id], Store.ListMail(null, 10).Select(m => m.Id));
        Assert.Equal([notYet.Id], Store.ListMail(MailStatus.Queued, 10).Select(m => m.Id));
    }
}
