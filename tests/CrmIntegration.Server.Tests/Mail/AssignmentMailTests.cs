using System.Globalization;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Mail;

/// <summary>
/// Assignment mail over v4_1 <c>set_entry</c>, received by a real SMTP server: an administrator who
/// creates a lead or an opportunity for a rep, or hands one to another rep, mails that rep once;
/// nobody is mailed about what they assigned to themselves, nor when notifications are off globally
/// or for the rep; partner intake still mails its rep exactly once.
/// </summary>
/// <remarks>
/// set_entry queues its mail before it answers, so once the calls returned the queue is final:
/// tests wait until every queued mail was delivered and then compare what arrived with what was due.
/// </remarks>
public sealed class AssignmentMailTests : IAsyncLifetime
{
    private const string RepPassword = "Rep-Pass-2026";
    private const string PartnerPassword = "Partner-Pass-2026";

    private readonly SmtpSink _smtp = new();
    private readonly ServerFixture _server = new();
    private string _binh = "";
    private string _an = "";

    public Task InitializeAsync() => _smtp.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server.App is not null)
        {
            await _server.DisposeAsync();
        }

        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Lead_CreatedForARep_MailsThatRepOnce()
    {
        var admin = await StartAsAdminAsync();

        var lead = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"),
            ("account_name", "Công ty TNHH Hoa Sen"), ("assigned_user_id", _binh));

        var mail = Assert.Single(await DeliveredAsync());
        Assert.Equal(["binh@hoasen.example.vn"], mail.EnvelopeRecipients);
        Assert.Equal("Khách hàng tiềm năng mới: Nguyễn Thị Hồng Nhung / New lead assigned to you", mail.Message.Subject);
        Assert.Contains($"https://crm.hoasen.example.vn/index.php?module=Leads&action=DetailView&record={lead}", mail.Message.TextBody);
        Assert.Contains($"href=\"https://crm.hoasen.example.vn/index.php?module=Leads&amp;action=DetailView&amp;record={lead}\"", mail.Message.HtmlBody);
    }

    [Fact]
    public async Task Lead_ReassignedToAnotherRep_MailsTheNewRepOnce_AndOtherEditsMailNobody()
    {
        var admin = await StartAsAdminAsync();
        var lead = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Trần"), ("assigned_user_id", _binh));

        await admin.Client.SetAsync(admin.Session, "Leads", ("id", lead), ("assigned_user_id", _an));
        await admin.Client.SetAsync(admin.Session, "Leads", ("id", lead), ("status", "In Process"), ("title", "Kế toán trưởng"));

        var mails = await DeliveredAsync();
        Assert.Equal(["binh@hoasen.example.vn", "an@hoasen.example.vn"], Recipients(mails));
        Assert.All(mails, m => Assert.Contains(lead, m.Message.TextBody));
    }

    [Fact]
    public async Task Opportunity_CreatedForARep_ThenReassigned_MailsEachRepOnce()
    {
        var admin = await StartAsAdminAsync();

        var opportunity = await admin.Client.SetAsync(admin.Session, "Opportunities", ("name", "Bảo trì máy lạnh 2026"), ("amount", "150000000"),
            ("date_closed", "2026-06-30"), ("sales_stage", "Prospecting"), ("assigned_user_id", _binh));
        await admin.Client.SetAsync(admin.Session, "Opportunities", ("id", opportunity), ("assigned_user_id", _an));
        await admin.Client.SetAsync(admin.Session, "Opportunities", ("id", opportunity), ("sales_stage", "Qualification"));

        var mails = await DeliveredAsync();
        Assert.Equal(["binh@hoasen.example.vn", "an@hoasen.example.vn"], Recipients(mails));
        Assert.All(mails, m => Assert.Equal("Cơ hội mới được giao: Bảo trì máy lạnh 2026 / Opportunity assigned to you", m.Message.Subject));
        Assert.All(mails, m => Assert.Contains($"record={opportunity}", m.Message.TextBody));
    }

    [Fact]
    public async Task SelfAssignment_MailsNobody()
    {
        var admin = await StartAsAdminAsync();
        var binh = _server.Client();
        var session = await binh.LoginAsync("binh", RepPassword);

        await binh.SetAsync(session, "Leads", ("last_name", "Lê"));                                  // the creator owns it
        await binh.SetAsync(session, "Opportunities", ("name", "Gói bảo trì"), ("amount", "1000"), ("date_closed", "2026-06-30"),
            ("sales_stage", "Prospecting"), ("assigned_user_id", _binh));                                // named themselves
        var taken = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Phạm"), ("assigned_user_id", ServerAdminId));
        await admin.Client.SetAsync(admin.Session, "Leads", ("id", taken), ("assigned_user_id", ServerAdminId), ("status", "In Process"));

        // One mail that is due, so that what arrived shows the others were never queued.
        var due = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Võ"), ("assigned_user_id", _an));

        var mail = Assert.Single(await DeliveredAsync());
        Assert.Equal(["an@hoasen.example.vn"], mail.EnvelopeRecipients);
        Assert.Contains(due, mail.Message.TextBody);
    }

    [Fact]
    public async Task NotificationsSwitchedOff_MailNobody()
    {
        var admin = await StartAsAdminAsync(("Mail:Notifications:Enabled", "false"));

        var lead = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Nguyễn"), ("assigned_user_id", _binh));
        await admin.Client.SetAsync(admin.Session, "Leads", ("id", lead), ("assigned_user_id", _an));
        await admin.Client.SetAsync(admin.Session, "Opportunities", ("name", "Gói bảo trì"), ("amount", "1000"), ("date_closed", "2026-06-30"),
            ("sales_stage", "Prospecting"), ("assigned_user_id", _binh));

        Assert.Empty(_server.Core.Store.ListMail(null, 100));
        await Task.Delay(TimeSpan.FromSeconds(1)); // five delivery runs
        Assert.Empty(_smtp.Received());
    }

    [Fact]
    public async Task RepWhoTurnedNotificationsOff_GetsNoMail()
    {
        var admin = await StartAsAdminAsync();
        await admin.Client.SetAsync(admin.Session, "Users", ("id", _binh), (NotificationService.ReceiveNotificationsField, "0"));

        await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Nguyễn"), ("assigned_user_id", _binh));
        var due = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Võ"), ("assigned_user_id", _an));

        var mail = Assert.Single(await DeliveredAsync());
        Assert.Equal(["an@hoasen.example.vn"], mail.EnvelopeRecipients);
        Assert.Contains(due, mail.Message.TextBody);
        Assert.Contains(_server.Core.Store.ListMail(MailStatus.Skipped, 10), m => m.ToUserId == _binh);
    }

    [Fact]
    public async Task PartnerIntake_StillMailsTheAssignedRepExactlyOnce()
    {
        await StartAsAdminAsync(("Intake:Assignment:Teams:sales:0", "binh"), ("Intake:Assignment:DefaultTeam", "sales"));
        _server.Core.UserAdmin.Add("acme", PartnerPassword, UserRole.Partner);
        var partner = _server.Client();
        var session = await partner.LoginAsync("acme", PartnerPassword);

        var lead = await partner.SetEntryAsync(session, "Leads", [new("last_name", "Đỗ"), new("first_name", "Quang Huy")]);

        var mail = Assert.Single(await DeliveredAsync());
        Assert.Equal(["binh@hoasen.example.vn"], mail.EnvelopeRecipients);
        Assert.Contains(lead.Id!, mail.Message.TextBody);
        Assert.Null(lead.Warnings);
    }

    [Fact]
    public async Task WithoutBaseUrl_TheMailArrivesWithoutAnyLink()
    {
        var admin = await StartAsAdminAsync(("Mail:BaseUrl", null));

        var lead = await admin.Client.SetAsync(admin.Session, "Leads", ("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"), ("assigned_user_id", _binh));

        var mail = Assert.Single(await DeliveredAsync());
        Assert.DoesNotContain("<a", mail.Message.HtmlBody);
        Assert.DoesNotContain("href", mail.Message.HtmlBody);
        Assert.DoesNotContain(lead, mail.Message.HtmlBody + mail.Message.TextBody);
        Assert.DoesNotContain("Details", mail.Message.TextBody);
        Assert.Contains("Nguyễn Thị Hồng Nhung", mail.Message.HtmlBody);
    }

    private static string ServerAdminId => UserAdministration.FirstAdminId;

    private async Task<(ISugarSoapService Client, string Session)> StartAsAdminAsync(params (string Key, string? Value)[] settings)
    {
        _server.Configure("Mail:From", "CRM Hoa Sen <crm@hoasen.example.vn>");
        _server.Configure("Mail:BaseUrl", "https://crm.hoasen.example.vn");
        _server.Configure("Mail:Smtp:Host", "127.0.0.1");
        _server.Configure("Mail:Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture));
        _server.Configure("Mail:Smtp:Security", "None");
        _server.Configure("Mail:Smtp:Timeout", "00:00:10");
        _server.Configure("Scheduling:Jobs:mail-delivery:Cron", "* * * * * ?");
        foreach (var (key, value) in settings)
        {
            _server.Configure(key, value);
        }

        // Before the start: an assignment team naming a rep is checked against the users when the server starts.
        _server.BeforeStart(core =>
        {
            _binh = core.UserAdmin.Add("binh", RepPassword, UserRole.User, lastName: "Trần Văn", firstName: "Bình", email: "binh@hoasen.example.vn").Id;
            _an = core.UserAdmin.Add("an", RepPassword, UserRole.User, lastName: "Phan Văn", firstName: "An", email: "an@hoasen.example.vn").Id;
        });
        await _server.InitializeAsync();
        var client = _server.Client();
        return (client, await client.LoginAsync("admin", ServerFixture.AdminPassword));
    }

    /// <summary>Waits until every mail in the queue was sent, then returns what the SMTP server received, in the order queued.</summary>
    private async Task<IReadOnlyList<ReceivedMail>> DeliveredAsync()
    {
        var due = _server.Core.Store.ListMail(null, 100).Where(m => m.Status != MailStatus.Skipped).ToList();
        var order = due.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select((m, i) => (m.MessageId, i)).ToDictionary(x => x.MessageId, x => x.i);
        return await Eventually.WaitForAsync(
            () => due.All(m => _server.Core.Store.GetMail(m.Id)?.Status == MailStatus.Sent) && _smtp.Received() is { } received && received.Count == due.Count
                ? received.OrderBy(m => order.TryGetValue(m.Message.MessageId ?? "", out var i) ? i : int.MaxValue).ToList()
                : null,
            $"{due.Count} mails to arrive");
    }

    private static List<string> Recipients(IEnumerable<ReceivedMail> mails) => mails.SelectMany(m => m.EnvelopeRecipients).ToList();
}
