using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary>get_activity_history, and the activity links get_relationships reads, before and after conversion.</summary>
[Collection(ServerCollection.Name)]
public sealed class ActivityHistoryTests(ServerFixture server)
{
    [Fact]
    public async Task GetActivityHistory_ListsActivitiesInDateOrder()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Lịch Sử"));
        var meeting = await AddAsync(client, session, "Meetings", "Họp lần hai", lead, ("date_start", "2026-05-10 09:00:00"));
        var call = await AddAsync(client, session, "Calls", "Gọi lần đầu", lead, ("date_start", "2026-05-01 09:00:00"));
        var task = await AddAsync(client, session, "Tasks", "Gửi hợp đồng", lead, ("date_due", "2026-05-20 17:00:00"));

        var history = await client.GetActivityHistoryAsync(session, "Leads", lead);

        Assert.Equal(3, history.ResultCount);
        Assert.Equal([call, meeting, task], history.EntryList.Select(e => e.Id));
        Assert.Equal(["Calls", "Meetings", "Tasks"], history.EntryList.Select(e => e.ModuleName));
        var first = history.EntryList[0];
        Assert.Equal(("Gọi lần đầu", "Planned", "2026-05-01 09:00:00", "date_start", "admin"),
            (first.Value("name"), first.Value("status"), first.Value("date"), first.Value("date_field"), first.Value("assigned_user_name")));
    }

    [Fact]
    public async Task ActivityLinks_FollowTheActivitiesThroughConversion()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var lead = await client.SetAsync(session, "Leads", ("last_name", "Chuyển"), ("account_name", "Chuyển " + Guid.NewGuid().ToString("N")[..8]));
        var note = await AddAsync(client, session, "Notes", "Ghi chú trước chuyển đổi", lead);
        var before = await client.GetRelationshipsAsync(session, "Leads", lead, "notes", "", ["id", "name"], [], 0, "", 0, 0);

        var result = await client.ConvertLeadAsync(session, lead, []);

        var onContact = await client.GetRelationshipsAsync(session, "Contacts", result.ContactId!, "notes", "", ["id", "name"], [], 0, "", 0, 0);
        var leadHistory = await client.GetActivityHistoryAsync(session, "Leads", lead);
        Assert.Equal(note, Assert.Single(before.EntryList).Id);
        Assert.Equal(note, Assert.Single(onContact.EntryList).Id);
        Assert.Equal(1, result.ActivitiesMoved);
        var moved = Assert.Single(leadHistory.EntryList);
        Assert.Equal((note, "Contacts", result.ContactId), (moved.Id, moved.Value("parent_type"), moved.Value("parent_id")));
    }

    [Fact]
    public async Task GetActivityHistory_PartnerOnAnotherPartnersLead_Faults40()
    {
        var client = server.Client();
        var owner = await client.LoginAsync(server.AddUser(UserRole.Partner), "Passw0rd!");
        var other = await client.LoginAsync(server.AddUser(UserRole.Partner), "Passw0rd!");
        var lead = await client.SetAsync(owner, "Leads", ("last_name", "Riêng"));

        var fault = await SugarClientExtensions.FaultOf(() => client.GetActivityHistoryAsync(other, "Leads", lead));

        Assert.Equal("40", fault.Number);
    }

    [Fact]
    public async Task GetActivityHistory_UnknownModule_Faults20()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fault = await SugarClientExtensions.FaultOf(() => client.GetActivityHistoryAsync(session, "Nothing", "x"));

        Assert.Equal("20", fault.Number);
    }

    private static Task<string> AddAsync(ISugarSoapService client, string session, string module, string name, string leadId,
        params (string Name, string Value)[] more) =>
        client.SetAsync(session, module, [("name", name), ("parent_type", "Leads"), ("parent_id", leadId), .. more]);
}
