using System.Globalization;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;
using CrmIntegration.Server.Tests.Mail;

namespace CrmIntegration.Server.Tests.MultiInstance;

/// <summary>
/// Two instances on one PostgreSQL database, both delivering mail every second to one real SMTP
/// server: each assignment mail arrives once, whichever instance claimed it.
/// </summary>
public sealed class MailOnceTests : IAsyncLifetime
{
    private const string PartnerPassword = "Partner-Pass-2026";
    private const int Leads = 30;

    private readonly SmtpSink _smtp = new();
    private readonly ServerFixture _first;
    private readonly ServerFixture _second;

    public MailOnceTests()
    {
        var database = TestStore.NewPostgreSqlDatabase();
        _first = new ServerFixture { ConnectionString = database };
        _second = new ServerFixture { ConnectionString = database };
        foreach (var server in new[] { _first, _second })
        {
            server.Configure("Intake:Assignment:Teams:sales:0", "an");
            server.Configure("Intake:Assignment:DefaultTeam", "sales");
            server.Configure("Mail:From", "CRM Hoa Sen <crm@hoasen.example.vn>");
            server.Configure("Mail:BaseUrl", "https://crm.hoasen.example.vn"); // the mail's link names the lead
            server.Configure("Mail:Smtp:Host", "127.0.0.1");
            server.Configure("Mail:Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture));
            server.Configure("Mail:Smtp:Security", "None");
            server.Configure("Mail:Smtp:Timeout", "00:00:10");
            server.Configure("Scheduling:Jobs:mail-delivery:Cron", "* * * * * ?");
        }
    }

    public async Task InitializeAsync()
    {
        _first.BeforeStart(core =>
        {
            core.UserAdmin.Add("an", "An-Pass-2026", UserRole.User, lastName: "Phan Văn", firstName: "An", email: "an@hoasen.example.vn");
            core.UserAdmin.Add("acme", PartnerPassword, UserRole.Partner);
        });
        await _smtp.StartAsync();
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task AssignmentMail_QueuedByEitherInstance_IsDeliveredOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < Leads; i++)
        {
            var server = i % 2 == 0 ? _first : _second;
            var client = server.Client();
            var session = await client.LoginAsync("acme", PartnerPassword);
            ids.Add((await client.SetEntryAsync(session, "Leads", [new NameValue("last_name", $"Thư {i}")])).Id!);
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (_smtp.Received().Count < Leads && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        // Both schedulers keep firing for a few more seconds: nothing may arrive twice meanwhile.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var bodies = _smtp.Received().Select(m => m.Message.TextBody).ToList();
        Assert.Equal(Leads, bodies.Count);
        Assert.All(ids, id => Assert.Single(bodies, body => body?.Contains(id, StringComparison.Ordinal) == true));
    }
}
