using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Mail;

/// <summary>The mail queue as the store keeps it, across restarts.</summary>
public sealed class MailQueueStoreTests : IDisposable
{
    private readonly TestCore _test = new(mail: MailTestData.Options());

    public void Dispose() => _test.Dispose();

    [Fact]
    public void QueuedMail_SurvivesReopeningTheDatabase_Whole()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var mail = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));

        _test.Reopen();

        var reopened = _test.Core.Store.GetMail(mail.Id)!;
        Assert.Equal(mail with { Log = [] }, reopened with { Log = [] });
        Assert.Equal(mail.Log, reopened.Log);
        Assert.Equal(mail.Id, _test.Core.Store.ClaimDueMail(_test.Clock.Now.UtcDateTime, _test.Clock.Now.UtcDateTime, "after restart", TimeSpan.FromMinutes(10))!.Id);
    }

    [Fact]
    public void ListMail_IsNewestFirst_AndFiltersByStatus()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var nobody = _test.Core.AddRep("an", null);
        var older = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        var skipped = _test.Core.Notifications.QueueAssignmentMail(nobody, "Leads", _test.Core.AddAssignedLead(nobody));
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));

        Assert.Equal([newer.Id, skipped.MailId, older.Id], _test.Core.Store.ListMail(null, 10).Select(m => m.Id));
        Assert.Equal([newer.Id, older.Id], _test.Core.Store.ListMail(MailStatus.Queued, 10).Select(m => m.Id));
        Assert.Equal([skipped.MailId], _test.Core.Store.ListMail(MailStatus.Skipped, 10).Select(m => m.Id));
        Assert.Equal([newer.Id], _test.Core.Store.ListMail(null, 1).Select(m => m.Id));
    }

    [Fact]
    public void ClaimDueMail_TakesTheOldestDueMail_AndNothingThatIsNotDue()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var first = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));
        var queuedAt = _test.Clock.Now.UtcDateTime;
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));

        var claimed = _test.Core.Store.ClaimDueMail(queuedAt, _test.Clock.Now.UtcDateTime, "run", TimeSpan.FromMinutes(10))!;

        Assert.Equal((first.Id, MailStatus.Sending, "run", 1), (claimed.Id, claimed.Status, claimed.ClaimedBy, claimed.Attempts));
        Assert.Null(_test.Core.Store.ClaimDueMail(queuedAt, _test.Clock.Now.UtcDateTime, "run", TimeSpan.FromMinutes(10)));
    }
}
