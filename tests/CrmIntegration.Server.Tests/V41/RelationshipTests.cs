using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

[Collection(ServerCollection.Name)]
public sealed class RelationshipTests(ServerFixture server)
{
    [Fact]
    public async Task SetRelationship_LeadToAccount_ReadBackFromBothSides()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("first_name", "Thị Hồng Nhung"), ("last_name", "Nguyễn"));
        var account = await client.SetAsync(session, "Accounts", ("name", "Công ty Cổ phần Hoa Sen"));

        var result = await client.SetRelationshipAsync(session, "Leads", lead, "accounts", [account], [], 0);
        var accounts = await client.GetRelationshipsAsync(session, "Leads", lead, "accounts", "", ["id", "name"], [], 0, "", 0, 0);
        var leads = await client.GetRelationshipsAsync(session, "Accounts", account, "leads", "", ["id", "last_name"], [], 0, "", 0, 0);

        Assert.Equal((1, 0, 0), (result.Created, result.Failed, result.Deleted));
        Assert.Equal("Công ty Cổ phần Hoa Sen", Assert.Single(accounts.EntryList).Value("name"));
        Assert.Equal(lead, Assert.Single(leads.EntryList).Id);
    }

    [Fact]
    public async Task SetRelationship_Delete_RemovesTheLink()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Vũ"));
        var account = await client.SetAsync(session, "Accounts", ("name", "Vũ Gia"));
        await client.SetRelationshipAsync(session, "Accounts", account, "leads", [lead], [], 0);

        var removed = await client.SetRelationshipAsync(session, "Accounts", account, "leads", [lead], [], 1);
        var leads = await client.GetRelationshipsAsync(session, "Accounts", account, "leads", "", ["id"], [], 0, "", 0, 0);

        Assert.Equal(1, removed.Deleted);
        Assert.Empty(leads.EntryList);
    }

    [Fact]
    public async Task SetRelationship_CountsEachRelatedIdIncludingUnknownOnes()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var account = await client.SetAsync(session, "Accounts", ("name", "Đếm"));
        var first = await client.SetAsync(session, "Leads", ("last_name", "Một"));
        var second = await client.SetAsync(session, "Leads", ("last_name", "Hai"));

        var result = await client.SetRelationshipAsync(session, "Accounts", account, "leads", [first, second, "no-such-lead"], [], 0);

        Assert.Equal((2, 1), (result.Created, result.Failed));
    }

    [Fact]
    public async Task SetRelationships_ParallelArrays_LinksEach()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var account = await client.SetAsync(session, "Accounts", ("name", "Song song"));
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Song"));

        var result = await client.SetRelationshipsAsync(session, ["Leads"], [lead], ["accounts"],
            [new SelectFieldsList { Ids = [account] }], [], [0]);

        Assert.Equal(1, result.Created);
        Assert.Equal(account, server.Core.Store.Get("Leads", lead)!["account_id"]);
    }

    [Fact]
    public async Task GetEntryList_WithLinkNames_ReturnsRelationshipListParallelToEntries()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var account = await client.SetAsync(session, "Accounts", ("name", "Liên kết " + Guid.NewGuid().ToString("N")[..6]));
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Kèm"), ("account_id", account));

        var entry = await client.GetEntryAsync(session, "Leads", lead, ["last_name"],
            [new LinkNameToFieldsArray { Name = "accounts", Value = ["id", "name"] }], false);

        var links = Assert.Single(entry.RelationshipList).LinkList;
        var accountLink = Assert.Single(links);
        Assert.Equal("accounts", accountLink.Name);
        Assert.Contains(Assert.Single(accountLink.Records).LinkValue, nv => nv.Name == "id" && nv.Value == account);
    }

    [Fact]
    public async Task UnknownLink_Faults31NamingTheLink()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Lạc"));

        var set = await SugarClientExtensions.FaultOf(() => client.SetRelationshipAsync(session, "Leads", lead, "spaceships", ["x"], [], 0));
        var get = await SugarClientExtensions.FaultOf(() => client.GetRelationshipsAsync(session, "Leads", lead, "spaceships", "", [], [], 0, "", 0, 0));

        Assert.Equal("31", set.Number);
        Assert.Contains("spaceships", set.Description);
        Assert.Equal("31", get.Number);
    }

    [Fact]
    public async Task GetRelationships_UnknownRecord_Faults1001()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fault = await SugarClientExtensions.FaultOf(() => client.GetRelationshipsAsync(session, "Leads", "no-such-lead", "accounts", "", [], [], 0, "", 0, 0));

        Assert.Equal("1001", fault.Number);
        Assert.Contains("no-such-lead", fault.Description);
    }
}
