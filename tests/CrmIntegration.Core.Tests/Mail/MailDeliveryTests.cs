using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Mail;

public sealed class MailDeliveryTests : IDisposable
{
    private readonly TestCore _test = new(mail: MailTestData.Options());

    private CrmCore Core => _test.Core;

    private DateTime Now => _test.Clock.Now.UtcDateTime;

    public void Dispose() => _test.Dispose();

    private QueuedMail QueueOne(string userName = "binh")
    {
        var rep = Core.AddRep(userName, $"{userName}@hoasen.example.vn");
        return Core.QueueAssignment(rep, Core.AddAssignedLead(rep));
    }

    [Fact]
    public async Task DueMail_IsSent_AndLogged()
    {
        var mail = QueueOne();
        var transport = new RecordingTransport();

        var report = await Core.MailDelivery.DeliverDueAsync(transport, default);

        Assert.Equal((1, 0, 0), (report.Sent, report.Retrying, report.Failed));
        Assert.Equal(mail.MessageId, Assert.Single(transport.Attempted).MessageId);
        var sent = Core.Store.GetMail(mail.Id)!;
        Assert.Equal((MailStatus.Sent, Now, 1), (sent.Status, sent.SentUtc, sent.Attempts));
        Assert.Equal(["queued", "sending", "sent"], sent.Log.Select(e => e.Outcome));
        Assert.Equal("250 2.0.0 OK queued", sent.Log[^1].Detail);
    }

    [Fact]
    public async Task SentMail_IsNotSentAgain()
    {
        QueueOne();
        await Core.MailDelivery.DeliverDueAsync(new RecordingTransport(), default);
        _test.Clock.Advance(TimeSpan.FromDays(1));
        var second = new RecordingTransport();

        var report = await Core.MailDelivery.DeliverDueAsync(second, default);

        Assert.Equal(0, report.Sent);
        Assert.Empty(second.Attempted);
    }

    [Fact]
    public async Task FailedAttempts_AreRetried_AfterABackoffThatDoubles()
    {
        var mail = QueueOne();
        var transport = new RecordingTransport(MailSendOutcome.Retry, MailSendOutcome.Retry);

        var first = await Core.MailDelivery.DeliverDueAsync(transport, default);
        Assert.Equal(1, first.Retrying);
        Assert.Equal(Now.AddMinutes(1), Core.Store.GetMail(mail.Id)!.NextAttemptUtc);

        _test.Clock.Advance(TimeSpan.FromSeconds(59));
        await Core.MailDelivery.DeliverDueAsync(transport, default);
        Assert.Single(transport.Attempted);

        _test.Clock.Advance(TimeSpan.FromSeconds(1));
        await Core.MailDelivery.DeliverDueAsync(transport, default);
        Assert.Equal(Now.AddMinutes(2), Core.Store.GetMail(mail.Id)!.NextAttemptUtc);

        _test.Clock.Advance(TimeSpan.FromMinutes(2));
        var last = await Core.MailDelivery.DeliverDueAsync(transport, default);

        Assert.Equal(1, last.Sent);
        var sent = Core.Store.GetMail(mail.Id)!;
        Assert.Equal((MailStatus.Sent, 3), (sent.Status, sent.Attempts));
        Assert.Equal(["queued", "sending", "retry", "sending", "retry", "sending", "sent"], sent.Log.Select(e => e.Outcome));
        Assert.Equal(3, transport.Attempted.Count);
        Assert.All(transport.Attempted, m => Assert.Equal(mail.MessageId, m.MessageId));
    }

    [Fact]
    public async Task RejectedMail_FailsAtOnce()
    {
        var mail = QueueOne();

        var report = await Core.MailDelivery.DeliverDueAsync(new RecordingTransport(MailSendOutcome.Rejected), default);

        Assert.Equal(1, report.Failed);
        var failed = Core.Store.GetMail(mail.Id)!;
        Assert.Equal(MailStatus.Failed, failed.Status);
        Assert.Contains("scripted Rejected", failed.LastError);
    }

    [Fact]
    public async Task MailOutOfAttempts_IsMarkedFailed()
    {
        _test.Mail.Backoff.MaxAttempts = 2;
        var mail = QueueOne();
        var transport = new RecordingTransport(MailSendOutcome.Retry, MailSendOutcome.Retry, MailSendOutcome.Retry);

        await Core.MailDelivery.DeliverDueAsync(transport, default);
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        var report = await Core.MailDelivery.DeliverDueAsync(transport, default);

        Assert.Equal(1, report.Failed);
        var failed = Core.Store.GetMail(mail.Id)!;
        Assert.Equal(MailStatus.Failed, failed.Status);
        Assert.EndsWith("(gave up after 2 attempts)", failed.LastError);
        _test.Clock.Advance(TimeSpan.FromDays(1));
        await Core.MailDelivery.DeliverDueAsync(transport, default);
        Assert.Equal(2, transport.Attempted.Count);
    }

    [Fact]
    public async Task UnavailableRelay_StopsTheRun_LeavingLaterMailUntouched()
    {
        var first = QueueOne("binh");
        _test.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = QueueOne("an");

        var report = await Core.MailDelivery.DeliverDueAsync(new RecordingTransport(MailSendOutcome.Unavailable), default);

        Assert.Equal((0, 1), (report.Sent, report.Retrying));
        Assert.Equal(MailStatus.Queued, Core.Store.GetMail(first.Id)!.Status);
        Assert.Equal(1, Core.Store.GetMail(first.Id)!.Attempts);
        Assert.Equal(0, Core.Store.GetMail(second.Id)!.Attempts);
    }

    [Fact]
    public async Task MailClaimedByARunThatDied_IsSentAgainAfterRestart_WithTheSameMessageId()
    {
        var mail = QueueOne();
        var claimed = Core.Store.ClaimDueMail(Now, Now, "a run in a process that is then killed", _test.Mail.ClaimLease);
        Assert.Equal(MailStatus.Sending, claimed!.Status);

        _test.Reopen();
        var transport = new RecordingTransport();
        var report = await Core.MailDelivery.DeliverDueAsync(transport, default);

        Assert.Equal((1, 1), (report.Recovered, report.Sent));
        Assert.Equal(mail.MessageId, Assert.Single(transport.Attempted).MessageId);
        var sent = Core.Store.GetMail(mail.Id)!;
        Assert.Equal(["queued", "sending", "interrupted", "sending", "sent"], sent.Log.Select(e => e.Outcome));
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task MailClaimedByARunThatHung_IsSentOnceItsLeaseRunsOut_AndTheHungRunCannotMarkIt()
    {
        var mail = QueueOne();
        var hung = Core.Store.ClaimDueMail(Now, Now, "a run in another process that hangs", _test.Mail.ClaimLease)!;
        var transport = new RecordingTransport();

        _test.Clock.Advance(_test.Mail.ClaimLease - TimeSpan.FromSeconds(1));
        var early = await Core.MailDelivery.DeliverDueAsync(transport, default);
        Assert.Equal((0, 0), (early.Recovered, early.Sent));
        Assert.Empty(transport.Attempted);

        _test.Clock.Advance(TimeSpan.FromSeconds(1));
        var report = await Core.MailDelivery.DeliverDueAsync(transport, default);

        Assert.Equal((1, 1), (report.Recovered, report.Sent));
        Assert.Equal(mail.MessageId, Assert.Single(transport.Attempted).MessageId);
        Assert.False(Core.Store.CompleteMailAttempt(mail.Id, hung.AttemptId!, MailStatus.Failed, Now, "the hung run wakes up"));
        var sent = Core.Store.GetMail(mail.Id)!;
        Assert.Equal((MailStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(["queued", "sending", "interrupted", "sending", "sent"], sent.Log.Select(e => e.Outcome));
    }

    [Fact]
    public void OutcomeOfAStaleAttempt_IsIgnored()
    {
        var mail = QueueOne();
        var claimed = Core.Store.ClaimDueMail(Now, Now, "old run", _test.Mail.ClaimLease)!;
        Core.Store.ReleaseExpiredMailClaims(Now + _test.Mail.ClaimLease);

        Assert.False(Core.Store.CompleteMailAttempt(mail.Id, claimed.AttemptId!, MailStatus.Sent, Now, "250 late"));
        Assert.Equal(MailStatus.Queued, Core.Store.GetMail(mail.Id)!.Status);
    }
}
