using CrmIntegration.Server.Soap.V41.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

[Collection(ServerCollection.Name)]
public sealed class EntryTests(ServerFixture server)
{
    private const string VietnameseName = "Nguyễn Thị Hồng Nhung";

    [Fact]
    public async Task SetEntryThenGetEntry_VietnameseText_ReadBackByteIdentical()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var id = await client.SetAsync(session, "Leads", ("first_name", "Thị Hồng Nhung"), ("last_name", "Nguyễn"), ("description", VietnameseName));

        var entry = (await client.GetEntryAsync(session, "Leads", id, [], [], false)).EntryList.Single();

        Assert.Equal(id, entry.Id);
        Assert.Equal("Leads", entry.ModuleName);
        Assert.Equal("Nguyễn"u8.ToArray(), System.Text.Encoding.UTF8.GetBytes(entry.Value("last_name")!));
        Assert.Equal(VietnameseName, entry.Value("description"));
        Assert.Equal("1", entry.Value("created_by"));
        Assert.Equal("New", entry.Value("status"));
    }

    [Fact]
    public async Task SetEntry_WithExistingId_Updates()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var id = await client.SetAsync(session, "Leads", ("last_name", "Trần"));

        var again = await client.SetAsync(session, "Leads", ("id", id), ("status", "In Process"));
        var entry = (await client.GetEntryAsync(session, "Leads", id, ["status", "last_name"], [], false)).EntryList.Single();

        Assert.Equal(id, again);
        Assert.Equal("In Process", entry.Value("status"));
        Assert.Equal("Trần", entry.Value("last_name"));
        Assert.Equal(2, entry.NameValueList.Length);
    }

    [Fact]
    public async Task SetEntry_UnknownIdWithoutNewWithId_Faults1001NamingTheId()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fault = await SugarClientExtensions.FaultOf(() => client.SetAsync(session, "Leads", ("id", "no-such-lead"), ("last_name", "X")));

        Assert.Equal("1001", fault.Number);
        Assert.Contains("no-such-lead", fault.Description);
    }

    [Fact]
    public async Task SetEntry_NewWithId_CreatesUnderCallersId()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var chosen = Guid.NewGuid().ToString();

        var id = await client.SetAsync(session, "Leads", ("id", chosen), ("new_with_id", "1"), ("last_name", "Lê"));

        Assert.Equal(chosen, id);
        Assert.Equal("Lê", (await client.GetEntryAsync(session, "Leads", chosen, [], [], false)).EntryList.Single().Value("last_name"));
    }

    [Fact]
    public async Task SetEntry_MissingLastName_Faults1001NamingTheField()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        var fault = await SugarClientExtensions.FaultOf(() => client.SetAsync(session, "Leads", ("first_name", "An")));

        Assert.Equal("1001", fault.Number);
        Assert.Contains("Leads.last_name", fault.Description);
    }

    [Fact]
    public async Task GetEntries_MissingId_ReturnsSugarWarningEntry()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var id = await client.SetAsync(session, "Leads", ("last_name", "Phạm"));

        var result = await client.GetEntriesAsync(session, "Leads", [id, "missing-id"], [], [], false);

        Assert.Equal(2, result.EntryList.Length);
        Assert.Equal("Phạm", result.EntryList[0].Value("last_name"));
        Assert.Equal("missing-id", result.EntryList[1].Id);
        Assert.StartsWith("Access to this object is denied", result.EntryList[1].Value("warning"));
        Assert.Equal("1", result.EntryList[1].Value("deleted"));
    }

    [Fact]
    public async Task SetEntries_OneBadItem_WritesTheOthersAndReportsTheFailure()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        NameValueListItem Item(params (string, string)[] values) => new() { Items = values.Select(v => new NameValue(v.Item1, v.Item2)).ToArray() };

        var result = await client.SetEntriesAsync(session, "Leads",
            [Item(("last_name", "Võ")), Item(("first_name", "no last name")), Item(("last_name", "Đặng"))]);

        Assert.Equal(3, result.Ids.Length);
        Assert.NotEmpty(result.Ids[0]);
        Assert.Equal("", result.Ids[1]);
        Assert.NotEmpty(result.Ids[2]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Index);
        Assert.Equal(1001, error.Number);
        Assert.Contains("last_name", error.Description);
    }

    [Fact]
    public async Task GetEntryList_Paging_ReportsCountsAndNextOffset()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var total = (await client.GetEntriesCountAsync(session, "Bugs", "", 0)).ResultCount;
        for (var i = 0; i < 25; i++)
        {
            await client.SetAsync(session, "Bugs", ("name", $"Lỗi {i}"));
        }

        var first = await client.GetEntryListAsync(session, "Bugs", "", "", 0, ["id", "name"], [], 0, 0, false);
        var second = await client.GetEntryListAsync(session, "Bugs", "", "", first.NextOffset, ["id", "name"], [], 0, 0, false);

        Assert.Equal(20, first.ResultCount);
        Assert.Equal(total + 25, first.TotalCount);
        Assert.Equal(20, first.NextOffset);
        Assert.Equal(total + 5, second.ResultCount);
        Assert.Empty(first.EntryList.Select(e => e.Id).Intersect(second.EntryList.Select(e => e.Id)));
    }

    [Fact]
    public async Task Deleted_SoftDeletedRecord_HiddenUnlessDeletedFlagGiven()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var name = "Xoá " + Guid.NewGuid().ToString("N");
        var id = await client.SetAsync(session, "Accounts", ("name", name));

        await client.SetAsync(session, "Accounts", ("id", id), ("deleted", "1"));

        var hidden = (await client.GetEntriesAsync(session, "Accounts", [id], [], [], false)).EntryList.Single();
        Assert.NotNull(hidden.Value("warning"));
        var live = await client.GetEntriesCountAsync(session, "Accounts", "", 0);
        var all = await client.GetEntriesCountAsync(session, "Accounts", "", 1);
        Assert.Equal(live.ResultCount + 1, all.ResultCount);
        Assert.Equal("1", server.Core.Store.Get("Accounts", id)!["deleted"]);
    }
}
