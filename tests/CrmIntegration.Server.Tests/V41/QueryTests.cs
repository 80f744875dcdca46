using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

[Collection(ServerCollection.Name)]
public sealed class QueryTests(ServerFixture server)
{
    [Fact]
    public async Task GetEntryList_QueryOnVietnameseLastName_FindsTheLead()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var marker = Guid.NewGuid().ToString("N");
        var id = await client.SetAsync(session, "Leads", ("first_name", "Thị Hồng Nhung"), ("last_name", "Nguyễn"), ("description", marker));
        await client.SetAsync(session, "Leads", ("first_name", "Văn An"), ("last_name", "Nguyen"), ("description", marker));

        var result = await client.GetEntryListAsync(session, "Leads",
            $"leads.last_name = 'Nguyễn' AND leads.description = '{marker}'", "leads.first_name DESC", 0, ["id", "last_name"], [], 0, 0, false);

        Assert.Equal(id, Assert.Single(result.EntryList).Id);
        Assert.Equal("Nguyễn", result.EntryList[0].Value("last_name"));
    }

    [Fact]
    public async Task GetEntryList_EmailIdiom_FindsByEmailIgnoringCase()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var email = $"nhung.{Guid.NewGuid():N}@example.vn";
        var id = await client.SetAsync(session, "Leads", ("last_name", "Nguyễn"), ("email1", email));

        var result = await client.GetEntryListAsync(session, "Leads",
            "leads.id IN (SELECT bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea ON (ea.id = eabr.email_address_id) " +
            $"WHERE eabr.deleted=0 AND ea.email_address_caps = '{email.ToUpperInvariant()}')",
            "", 0, ["id"], [], 0, 0, false);

        Assert.Equal(id, Assert.Single(result.EntryList).Id);
    }

    [Fact]
    public async Task GetEntryList_OrderByAndInList_AppliesBoth()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var marker = Guid.NewGuid().ToString("N");
        foreach (var name in new[] { "Bình", "An", "Cường", "Dũng" })
        {
            await client.SetAsync(session, "Leads", ("last_name", name), ("description", marker), ("lead_source", name == "Dũng" ? "Other" : "Web Site"));
        }

        var result = await client.GetEntryListAsync(session, "Leads",
            $"leads.description = '{marker}' AND leads.lead_source IN ('Web Site', 'Cold Call')", "last_name DESC", 0, ["last_name"], [], 0, 0, false);
        var count = await client.GetEntriesCountAsync(session, "Leads", $"leads.description = '{marker}' AND NOT leads.lead_source = 'Other'", 0);

        Assert.Equal(["Cường", "Bình", "An"], result.EntryList.Select(e => e.Value("last_name")));
        Assert.Equal(3, count.ResultCount);
    }

    [Theory]
    [InlineData("1=1; DROP TABLE leads", ";")]
    [InlineData("leads.id IN (SELECT id FROM users)", "subquery")]
    [InlineData("lower(leads.last_name) = 'x'", "lower")]
    [InlineData("leads.last_name = 'x' OR sleep(5)", "sleep")]
    [InlineData("leads.last_name = 'x' -- comment", "--")]
    [InlineData("leads.no_such_field = 'x'", "no_such_field")]
    [InlineData("users.user_name = 'admin'", "users")]
    public async Task GetEntryList_RefusedQuery_Faults40NamingWhatWasRefused(string query, string named)
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fault = await SugarClientExtensions.FaultOf(() => client.GetEntryListAsync(session, "Leads", query, "", 0, [], [], 0, 0, false));

        Assert.Equal("40", fault.Number);
        Assert.Contains(named, fault.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefusedQuery_FaultsOnEveryQueryPath()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Truy vấn"));
        const string query = "1=1; DROP TABLE leads";

        var count = await SugarClientExtensions.FaultOf(() => client.GetEntriesCountAsync(session, "Leads", query, 0));
        var related = await SugarClientExtensions.FaultOf(() => client.GetRelationshipsAsync(session, "Leads", lead, "accounts", query, [], [], 0, "", 0, 0));
        var order = await SugarClientExtensions.FaultOf(() => client.GetEntryListAsync(session, "Leads", "", "last_name; DROP TABLE leads", 0, [], [], 0, 0, false));

        Assert.Equal(["40", "40", "40"], new[] { count.Number!, related.Number!, order.Number! });
    }

    [Fact]
    public async Task Query_OnUserHash_IsRefusedSoHashesCannotBeProbed()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fault = await SugarClientExtensions.FaultOf(() => client.GetEntryListAsync(session, "Users", "users.user_hash LIKE 'p%'", "", 0, [], [], 0, 0, false));

        Assert.Equal("40", fault.Number);
    }
}
