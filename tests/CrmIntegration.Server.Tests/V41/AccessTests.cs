using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary>DESIGN.md's ownership rules, seen through every SOAP read and write path.</summary>
[Collection(ServerCollection.Name)]
public sealed class AccessTests(ServerFixture server)
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task User_CanReadButNotEditAnotherUsersLead()
    {
        var client = server.Client();
        var owner = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var other = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var id = await client.SetAsync(owner, "Leads", ("last_name", "Hoàng"));

        var read = (await client.GetEntryAsync(other, "Leads", id, ["last_name"], [], false)).EntryList.Single();
        var fault = await SugarClientExtensions.FaultOf(() => client.SetAsync(other, "Leads", ("id", id), ("last_name", "Changed")));

        Assert.Equal("Hoàng", read.Value("last_name"));
        Assert.Equal("40", fault.Number);
        Assert.Equal("Hoàng", server.Core.Store.Get("Leads", id)!["last_name"]);
    }

    [Fact]
    public async Task Manager_CanEditTheLeadOfSomeoneWhoReportsToThem()
    {
        var client = server.Client();
        var managerName = server.AddUser(UserRole.Manager);
        var manager = await client.LoginAsync(managerName, Password);
        var report = await client.LoginAsync(server.AddUser(UserRole.User, reportsTo: managerName), Password);
        var id = await client.SetAsync(report, "Leads", ("last_name", "Bùi"));

        await client.SetAsync(manager, "Leads", ("id", id), ("status", "In Process"));

        Assert.Equal("In Process", server.Core.Store.Get("Leads", id)!["status"]);
    }

    [Fact]
    public async Task Manager_CannotEditAPeersLead()
    {
        var client = server.Client();
        var manager = await client.LoginAsync(server.AddUser(UserRole.Manager), Password);
        var peer = await client.LoginAsync(server.AddUser(UserRole.User), Password);
        var id = await client.SetAsync(peer, "Leads", ("last_name", "Đỗ"));

        var fault = await SugarClientExtensions.FaultOf(() => client.SetAsync(manager, "Leads", ("id", id), ("status", "Dead")));

        Assert.Equal("40", fault.Number);
    }

    [Fact]
    public async Task Partner_SeesOnlyItsOwnLeadsInListsAndCounts()
    {
        var client = server.Client();
        var (partner, mine, theirs) = await TwoPartnersWithLeadsAsync(client);

        var list = await client.GetEntryListAsync(partner, "Leads", "", "", 0, ["id", "last_name"], [], 1000, 0, false);
        var count = await client.GetEntriesCountAsync(partner, "Leads", "", 0);

        Assert.Equal(mine.Order(), list.EntryList.Select(e => e.Id).Order());
        Assert.Equal(mine.Length, list.TotalCount);
        Assert.Equal(mine.Length, count.ResultCount);
        Assert.DoesNotContain(list.EntryList, e => theirs.Contains(e.Id));
    }

    [Fact]
    public async Task Partner_SeesOnlyItsOwnLeadsInSearch()
    {
        var client = server.Client();
        var (partner, mine, _) = await TwoPartnersWithLeadsAsync(client, lastName: "Quách" + Guid.NewGuid().ToString("N")[..6]);
        var searchFor = server.Core.Store.Get("Leads", mine[0])!["last_name"]!;

        var result = await client.SearchByModuleAsync(partner, searchFor, ["Leads"], 0, 100, "", ["id", "last_name"], false, false);

        var ids = result.EntryList.Single(m => m.Name == "Leads").Records
            .Select(r => r.LinkValue.Single(nv => nv.Name == "id").Value);
        Assert.Equal(mine.Order(), ids.Order());
    }

    [Fact]
    public async Task Partner_SeesOnlyItsOwnLeadsThroughRelationships()
    {
        var client = server.Client();
        var admin = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var partnerA = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var partnerB = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var boss = await client.SetAsync(partnerA, "Leads", ("last_name", "Trưởng phòng"));
        var ownReport = await client.SetAsync(partnerA, "Leads", ("last_name", "Nhân viên A"), ("reports_to_id", boss));
        var otherReport = await client.SetAsync(partnerB, "Leads", ("last_name", "Nhân viên B"));
        await client.SetRelationshipAsync(admin, "Leads", boss, "reportees", [otherReport], [], 0);

        var asAdmin = await client.GetRelationshipsAsync(admin, "Leads", boss, "reportees", "", ["id"], [], 0, "", 0, 0);
        var asPartner = await client.GetRelationshipsAsync(partnerA, "Leads", boss, "reportees", "", ["id"], [], 0, "", 0, 0);

        Assert.Equal(new[] { ownReport, otherReport }.Order(), asAdmin.EntryList.Select(e => e.Id).Order());
        Assert.Equal([ownReport], asPartner.EntryList.Select(e => e.Id));
    }

    [Fact]
    public async Task Partner_ReadingAnotherUsersAccount_Faults40()
    {
        var client = server.Client();
        var admin = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var partner = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var account = await client.SetAsync(admin, "Accounts", ("name", "Công ty TNHH Sao Mai"));

        var fault = await SugarClientExtensions.FaultOf(() => client.GetEntryAsync(partner, "Accounts", account, [], [], false));
        var listFault = await SugarClientExtensions.FaultOf(() => client.GetEntryListAsync(partner, "Accounts", "", "", 0, [], [], 0, 0, false));

        Assert.Equal("40", fault.Number);
        Assert.Equal("Access Denied", fault.Name);
        Assert.Equal("40", listFault.Number);
    }

    [Fact]
    public async Task Partner_ReadingAnotherPartnersLead_Faults40AndCannotUpdateIt()
    {
        var client = server.Client();
        var (partner, _, theirs) = await TwoPartnersWithLeadsAsync(client);

        var read = await SugarClientExtensions.FaultOf(() => client.GetEntryAsync(partner, "Leads", theirs[0], [], [], false));
        var write = await SugarClientExtensions.FaultOf(() => client.SetAsync(partner, "Leads", ("id", theirs[0]), ("last_name", "x")));

        Assert.Equal("40", read.Number);
        Assert.Equal("40", write.Number);
    }

    [Fact]
    public async Task NonAdmin_CannotCreateUsers_AdminCanWithRoleAndManager()
    {
        var client = server.Client();
        var admin = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var user = await client.LoginAsync(server.AddUser(UserRole.Manager), Password);
        var manager = server.AddUser(UserRole.Manager);
        var managerId = server.Core.Users.FindByUserName(manager)!.Id;
        var name = "soap-" + Guid.NewGuid().ToString("N")[..8];

        var fault = await SugarClientExtensions.FaultOf(() => client.SetAsync(user, "Users", ("user_name", name), ("last_name", "X")));
        var id = await client.SetAsync(admin, "Users",
            ("user_name", name), ("first_name", "Lan"), ("last_name", "Phan"), ("email1", "lan@example.vn"),
            ("status", "Active"), ("role", "user"), ("reports_to_id", managerId), ("user_hash", PasswordHasher.Md5Hex("N3w-Passw0rd")));
        var session = await client.LoginAsync(name, "N3w-Passw0rd");
        var read = (await client.GetEntryAsync(admin, "Users", id, [], [], false)).EntryList.Single();

        Assert.Equal("40", fault.Number);
        Assert.Equal(id, await client.GetUserIdAsync(session));
        Assert.Equal(managerId, read.Value("reports_to_id"));
        Assert.Null(read.Value("user_hash"));
        Assert.DoesNotContain(read.NameValueList, nv => nv.Value?.Contains("pbkdf2", StringComparison.OrdinalIgnoreCase) == true);
    }

    private async Task<(string Session, string[] Mine, string[] Theirs)> TwoPartnersWithLeadsAsync(ISugarSoapService client, string lastName = "Lý")
    {
        var partner = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var other = await client.LoginAsync(server.AddUser(UserRole.Partner), Password);
        var admin = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        string[] mine = [await client.SetAsync(partner, "Leads", ("last_name", lastName)), await client.SetAsync(partner, "Leads", ("last_name", lastName))];
        string[] theirs = [await client.SetAsync(other, "Leads", ("last_name", lastName)), await client.SetAsync(admin, "Leads", ("last_name", lastName))];
        return (partner, mine, theirs);
    }
}
