using System.Globalization;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;
using CrmIntegration.Server.Tests.Mail;

namespace CrmIntegration.Server.Tests.Intake;

/// <summary>
/// Partners' leads through v4_1 <c>set_entry</c>/<c>set_entries</c> over a server configured as a
/// real installation would be: exact-email duplicates blocked, others warned about, leads handed
/// round-robin to two reps who are told by mail through a real SMTP server.
/// </summary>
public sealed class SetEntryIntakeTests : IAsyncLifetime
{
    private const string PartnerPassword = "Partner-Pass-2026";

    private readonly SmtpSink _smtp = new();
    private readonly ServerFixture _server = new();

    public async Task InitializeAsync()
    {
        _server.Configure("Intake:DuplicateActions:email", "block");
        _server.Configure("Intake:Assignment:Teams:sales:0", "an");
        _server.Configure("Intake:Assignment:Teams:sales:1", "binh");
        _server.Configure("Intake:Assignment:DefaultTeam", "sales");
        _server.Configure("Mail:From", "CRM Hoa Sen <crm@hoasen.example.vn>");
        _server.Configure("Mail:BaseUrl", "https://crm.hoasen.example.vn"); // the mail's link names the lead
        _server.Configure("Mail:Smtp:Host", "127.0.0.1");
        _server.Configure("Mail:Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture));
        _server.Configure("Mail:Smtp:Security", "None");
        _server.Configure("Mail:Smtp:Timeout", "00:00:10");
        _server.Configure("Scheduling:Jobs:mail-delivery:Cron", "* * * * * ?");
        _server.Configure("Mail:Backoff:Initial", "00:00:00.500");
        _server.Configure("Mail:Backoff:Max", "00:00:01");
        _server.BeforeStart(core =>
        {
            core.UserAdmin.Add("an", "An-Pass-2026", UserRole.User, lastName: "Phan Văn", firstName: "An", email: "an@hoasen.example.vn");
            core.UserAdmin.Add("binh", "Binh-Pass-2026", UserRole.User, lastName: "Trần Văn", firstName: "Bình", email: "binh@hoasen.example.vn");
        });
        await _smtp.StartAsync();
        await _server.InitializeAsync();
        _server.Core.UserAdmin.Add("acme", PartnerPassword, UserRole.Partner);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task RoundRobin_EachRepGetsOneMailAboutTheirLead()
    {
        var (client, session) = await PartnerAsync();

        var first = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"), ("account_name", "Công ty TNHH Sao Mai")));
        var second = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "Lê"), ("first_name", "Minh Khoa")));

        var mails = await Eventually.WaitForAsync(() => _smtp.Received() is { Count: 2 } m ? m : null, "two notification mails");
        var toAn = Assert.Single(mails, m => m.EnvelopeRecipients.SequenceEqual(["an@hoasen.example.vn"]));
        var toBinh = Assert.Single(mails, m => m.EnvelopeRecipients.SequenceEqual(["binh@hoasen.example.vn"]));
        Assert.Equal("Khách hàng tiềm năng mới: Nguyễn Thị Hồng Nhung / New lead assigned to you", toAn.Message.Subject);
        Assert.Contains("Công ty TNHH Sao Mai", toAn.Message.TextBody);
        Assert.Contains(first.Id!, toAn.Message.TextBody);
        Assert.Contains("Lê Minh Khoa", toBinh.Message.Subject);
        Assert.Contains(second.Id!, toBinh.Message.TextBody);
        var stored = _server.Core.Store.Get("Leads", first.Id!)!;
        Assert.Equal(("Assigned", "an"), (stored["status"], _server.Core.Users.Find(stored["assigned_user_id"])!.UserName));
    }

    [Fact]
    public async Task SmtpDown_MailWaits_ThenAfterARestartIsDeliveredOnce()
    {
        await _smtp.StopAsync();
        var (client, session) = await PartnerAsync();
        var lead = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "Đỗ"), ("first_name", "Quang Huy")));
        var mail = await Eventually.WaitForAsync(
            () => _server.Core.Store.ListMail(null, 10).SingleOrDefault(m => m.RecordId == lead.Id && m.Attempts > 0 && m.Status == MailStatus.Queued),
            "a failed delivery attempt");

        await _server.RestartAsync();
        await _smtp.StartAsync();

        await Eventually.WaitForAsync(() => _server.Core.Store.GetMail(mail.Id) is { Status: MailStatus.Sent } m ? m : null, "delivery after the restart");
        var received = Assert.Single(_smtp.Received());
        Assert.Contains("Đỗ Quang Huy", received.Message.Subject);
    }

    [Fact]
    public async Task SameEmail_IsBlockedWithFault50NamingTheExistingLead()
    {
        var (client, session) = await PartnerAsync();
        var first = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "Phạm"), ("email1", "pham.thu@gmail.com")));
        var leads = _server.Core.Store.Count("Leads");

        var fault = await SugarClientExtensions.FaultOf(() => client.SetEntryAsync(session, "Leads", Fields(("last_name", "Pham"), ("email1", "PhamThu+web@gmail.com"))));

        Assert.Equal(("50", "Duplicate Records"), (fault.Number, fault.Name));
        Assert.Contains(first.Id!, fault.Description);
        Assert.Equal(leads, _server.Core.Store.Count("Leads"));
    }

    [Fact]
    public async Task SameNameAndPhone_UnderWarn_IsCreatedWithAWarningNamingTheExistingLead()
    {
        var (client, session) = await PartnerAsync();
        var first = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "Vũ"), ("first_name", "Thanh Tâm"), ("phone_mobile", "0912 345 678")));
        Assert.Null(first.Warnings);

        var second = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "VU"), ("first_name", "THANH TAM"), ("phone_mobile", "+84 912 345 678")));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Contains(second.Warnings!, w => w.Contains(first.Id!, StringComparison.Ordinal) && w.Contains("possible duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentRetriesOfOnePartnerRef_MakeExactlyOneLead()
    {
        var (client, session) = await PartnerAsync();
        var before = _server.Core.Store.Count("Leads");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.SetEntryAsync(session, "Leads", Fields(("last_name", "Hoàng"), ("partner_ref", "ACME-2026-0001")))));

        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(before + 1, _server.Core.Store.Count("Leads"));
        Assert.Equal(19, results.Count(r => r.Warnings?.Any(w => w.Contains("submitted before", StringComparison.Ordinal)) == true));
    }

    [Fact]
    public async Task SetEntries_BlockedItemFailsAlone()
    {
        var (client, session) = await PartnerAsync();
        var existing = await client.SetEntryAsync(session, "Leads", Fields(("last_name", "Đinh"), ("email1", "dinh@saomai.vn")));

        var result = await client.SetEntriesAsync(session, "Leads",
        [
            new NameValueListItem { Items = Fields(("last_name", "Tô")) },
            new NameValueListItem { Items = Fields(("last_name", "Dinh"), ("email1", "DINH@saomai.vn")) },
            new NameValueListItem { Items = Fields(("first_name", "no last name")) },
        ]);

        Assert.NotEmpty(result.Ids[0]);
        Assert.Equal(["", ""], result.Ids[1..]);
        Assert.Equal([(1, 50), (2, 1001)], result.Errors.Select(e => (e.Index, e.Number)));
        Assert.Contains(existing.Id!, result.Errors[0].Description);
    }

    private async Task<(Soap.V41.ISugarSoapService Client, string Session)> PartnerAsync()
    {
        var client = _server.Client();
        return (client, await client.LoginAsync("acme", PartnerPassword));
    }

    private static NameValue[] Fields(params (string Name, string Value)[] values) =>
        values.Select(v => new NameValue(v.Name, v.Value)).ToArray();
}
