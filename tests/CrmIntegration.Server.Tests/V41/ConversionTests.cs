using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary>convert_lead and convert_prospect over a real WCF client.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConversionTests(ServerFixture server)
{
    [Fact]
    public async Task ConvertLead_WithOpportunity_CreatesAndLinksEverything()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var company = Unique("Công ty TNHH Ánh Dương");
        var lead = await client.SetAsync(session, "Leads", ("first_name", "Văn Bình"), ("last_name", "Trương"),
            ("email1", $"binh.{Guid.NewGuid():N}@anhduong.vn"), ("account_name", company), ("title", "Trưởng phòng mua hàng"));

        var result = await client.ConvertLeadAsync(session, lead,
        [
            new("create_opportunity", "1"), new("opportunity_name", "Lắp đặt điều hoà"), new("opportunity_amount", "250000000"),
            new("sales_stage", "Proposal/Price Quote"), new("date_closed", "2026-09-30"),
        ]);

        Assert.Equal((lead, 1, 1), (result.LeadId, result.ContactCreated, result.AccountCreated));
        var contact = (await client.GetEntryAsync(session, "Contacts", result.ContactId!, ["first_name", "title", "account_id"], [], false)).EntryList.Single();
        Assert.Equal(("Văn Bình", "Trưởng phòng mua hàng", result.AccountId), (contact.Value("first_name"), contact.Value("title"), contact.Value("account_id")));
        var opportunity = (await client.GetEntryAsync(session, "Opportunities", result.OpportunityId!, ["name", "probability", "account_id"], [], false)).EntryList.Single();
        Assert.Equal(("Lắp đặt điều hoà", "65", result.AccountId), (opportunity.Value("name"), opportunity.Value("probability"), opportunity.Value("account_id")));
        var contacts = await client.GetRelationshipsAsync(session, "Opportunities", result.OpportunityId!, "contacts", "", ["id"], [], 0, "", 0, 0);
        Assert.Equal(result.ContactId, Assert.Single(contacts.EntryList).Id);
        var converted = (await client.GetEntryAsync(session, "Leads", lead, ["status", "converted", "opportunity_id"], [], false)).EntryList.Single();
        Assert.Equal(("Converted", "1", result.OpportunityId), (converted.Value("status"), converted.Value("converted"), converted.Value("opportunity_id")));
    }

    [Fact]
    public async Task ConvertLead_ExistingAccountId_LinksIt()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var account = await client.SetAsync(session, "Accounts", ("name", Unique("Tập đoàn Sông Hồng")));
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Đinh"), ("account_name", Unique("Sông Hồng Group")));

        var result = await client.ConvertLeadAsync(session, lead, [new("account_id", account)]);

        Assert.Equal((account, 0, ""), (result.AccountId, result.AccountCreated, result.OpportunityId));
    }

    [Fact]
    public async Task ConvertLead_Twice_Faults1001NamingTheLead()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Hai Lần"), ("account_name", Unique("Hai Lần")));
        await client.ConvertLeadAsync(session, lead, []);

        var fault = await SugarClientExtensions.FaultOf(() => client.ConvertLeadAsync(session, lead, []));

        Assert.Equal("1001", fault.Number);
        Assert.Contains(lead, fault.Description);
        Assert.Contains("already been converted", fault.Description);
    }

    [Fact]
    public async Task ConvertLead_UnknownOption_Faults1001NamingIt()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Gõ Sai"), ("account_name", Unique("Gõ Sai")));

        var fault = await SugarClientExtensions.FaultOf(() => client.ConvertLeadAsync(session, lead, [new("acount_id", "x")]));

        Assert.Equal("1001", fault.Number);
        Assert.Contains("'acount_id'", fault.Description);
        Assert.Equal("New", server.Core.Store.Get("Leads", lead)!["status"]);
    }

    [Fact]
    public async Task ConvertLead_Partner_IsDeniedEvenForItsOwnLead()
    {
        var client = server.Client();
        var partner = await client.LoginAsync(server.AddUser(UserRole.Partner), "Passw0rd!");
        var lead = await client.SetAsync(partner, "Leads", ("last_name", "Đối Tác"), ("account_name", Unique("Đối Tác")));

        var fault = await SugarClientExtensions.FaultOf(() => client.ConvertLeadAsync(partner, lead, []));

        Assert.Equal("40", fault.Number);
    }

    [Fact]
    public async Task ConvertLead_BadSession_Faults11()
    {
        var fault = await SugarClientExtensions.FaultOf(() => server.Client().ConvertLeadAsync("no-such-session", "x", []));

        Assert.Equal("11", fault.Number);
    }

    [Fact]
    public async Task ConvertProspect_CreatesALeadAndMarksTheTarget()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var prospect = await client.SetAsync(session, "Prospects", ("first_name", "Thu"), ("last_name", "Lý"), ("account_name", "Hội chợ Xuân"));

        var result = await client.ConvertProspectAsync(session, prospect, [new("lead_source", "Trade Show")]);

        var lead = (await client.GetEntryAsync(session, "Leads", result.LeadId!, ["first_name", "last_name", "lead_source", "account_name"], [], false)).EntryList.Single();
        Assert.Equal(("Thu", "Lý", "Trade Show", "Hội chợ Xuân"),
            (lead.Value("first_name"), lead.Value("last_name"), lead.Value("lead_source"), lead.Value("account_name")));
        var leads = await client.GetRelationshipsAsync(session, "Prospects", prospect, "leads", "", ["id"], [], 0, "", 0, 0);
        Assert.Equal(result.LeadId, Assert.Single(leads.EntryList).Id);
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";
}
