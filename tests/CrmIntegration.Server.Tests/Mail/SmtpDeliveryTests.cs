using CrmIntegration.Core;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Mail;

/// <summary>
/// The server's delivery job against a real SMTP server: a Vietnamese notification arrives intact;
/// a relay that is down leaves the mail queued with a retry time and a log entry; after a server
/// restart and the relay's return the mail arrives, once.
/// </summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private const string LeadFirstName = "Thị Hồng Nhung";
    private const string LeadLastName = "Nguyễn";

    private readonly SmtpSink _smtp = new();
    private readonly ServerFixture _server = new();

    private CrmCore Core => _server.Core;

    public async Task InitializeAsync()
    {
        _server.Configure("Mail:From", "CRM Hoa Sen <crm@hoasen.example.vn>");
        _server.Configure("Mail:BaseUrl", "https://crm.hoasen.example.vn");
        _server.Configure("Mail:Smtp:Host", "127.0.0.1");
        _server.Configure("Mail:Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _server.Configure("Mail:Smtp:Security", "None");
        _server.Configure("Mail:Smtp:Timeout", "00:00:10");
        _server.Configure("Scheduling:Jobs:mail-delivery:Cron", "* * * * * ?");
        _server.Configure("Mail:Backoff:Initial", "00:00:00.500");
        _server.Configure("Mail:Backoff:Max", "00:00:01");
        await _smtp.StartAsync();
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task QueuedMail_IsDeliveredByTheServerJob_WithVietnameseIntact()
    {
        var (rep, lead) = RepAndLead();

        var mailId = Queue(rep, lead);

        var sent = await Eventually.WaitForAsync(() => Core.Store.GetMail(mailId) is { Status: MailStatus.Sent } m ? m : null, "the mail to be sent");
        var received = Assert.Single(_smtp.Received());
        Assert.Equal(["binh@hoasen.example.vn"], received.EnvelopeRecipients);
        Assert.Equal("binh@hoasen.example.vn", Assert.Single(received.Message.To.Mailboxes).Address);
        Assert.Equal("Trần Văn Bình", received.Message.To.Mailboxes.Single().Name);
        Assert.Equal($"Khách hàng tiềm năng mới: {LeadLastName} {LeadFirstName} / New lead assigned to you", received.Message.Subject);
        Assert.Contains("Chào Trần Văn Bình,", received.Message.TextBody);
        Assert.Contains($"Họ tên:    {LeadLastName} {LeadFirstName}", received.Message.TextBody);
        Assert.Contains($"https://crm.hoasen.example.vn/index.php?module=Leads&action=DetailView&record={lead.Id}", received.Message.TextBody);
        Assert.Equal(sent.MessageId, received.Message.MessageId);
        Assert.Equal("250 2.0.0 Message accepted for delivery", sent.Log[^1].Detail);
    }

    [Fact]
    public async Task RelayDown_KeepsTheMailQueued_ThenAfterRestartAndRelayBack_DeliversItOnce()
    {
        await _smtp.StopAsync();
        var (rep, lead) = RepAndLead();

        var mailId = Queue(rep, lead);

        var waiting = await Eventually.WaitForAsync(
            () => Core.Store.GetMail(mailId) is { Status: MailStatus.Queued, Attempts: > 0 } m ? m : null, "a failed attempt");
        var retry = waiting.Log.Last(e => e.Outcome == "retry");
        Assert.Contains($"smtp://127.0.0.1:{_smtp.Port}", retry.Detail);
        Assert.True(waiting.NextAttemptUtc > retry.TimeUtc, $"next attempt {waiting.NextAttemptUtc:O} after the failure at {retry.TimeUtc:O}");
        Assert.Equal(retry.Detail, waiting.LastError);
        Assert.Empty(_smtp.Received());

        await _server.RestartAsync();
        await _smtp.StartAsync();

        var sent = await Eventually.WaitForAsync(() => Core.Store.GetMail(mailId) is { Status: MailStatus.Sent } m ? m : null, "the mail to be sent after the restart");
        var received = Assert.Single(_smtp.Received());
        Assert.Equal(sent.MessageId, received.Message.MessageId);
        Assert.Equal(["binh@hoasen.example.vn"], received.EnvelopeRecipients);
        Assert.Equal(1, sent.Log.Count(e => e.Outcome == "sent"));
    }

    private (CrmUser Rep, CrmRecord Lead) RepAndLead()
    {
        var record = Core.UserAdmin.Add("binh", "Binh-Pass-2026", UserRole.User, lastName: "Trần Văn", firstName: "Bình", email: "binh@hoasen.example.vn");
        var rep = Core.Users.Find(record.Id)!;

        // The rep's own lead: saving it mails nobody, so the mail each test queues is the only one.
        var lead = Core.Records.Save(rep, "Leads", new Dictionary<string, string?>
        {
            ["first_name"] = LeadFirstName,
            ["last_name"] = LeadLastName,
            ["account_name"] = "Công ty TNHH Hoa Sen",
            ["assigned_user_id"] = rep.Id,
        });
        return (rep, lead);
    }

    private string Queue(CrmUser rep, CrmRecord lead)
    {
        var outcome = Core.Notifications.QueueAssignmentMail(rep, "Leads", lead);
        Assert.True(outcome.Queued, outcome.SkipReason);
        return outcome.MailId!;
    }
}
