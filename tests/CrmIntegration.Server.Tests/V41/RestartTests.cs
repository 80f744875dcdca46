using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

/// <summary>A server of its own, stopped and started again on the same data directory.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly ServerFixture _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Restart_KeepsSessionsRecordsAndAuditTrail()
    {
        var client = _server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);
        var id = await client.SetAsync(session, "Leads", ("first_name", "Thị Hồng Nhung"), ("last_name", "Nguyễn"), ("status", "New"));
        await client.SetAsync(session, "Leads", ("id", id), ("status", "In Process"));

        await _server.RestartAsync();
        client = _server.Client();

        var entry = (await client.GetEntryAsync(session, "Leads", id, ["last_name", "status"], [], false)).EntryList.Single();
        Assert.Equal("1", await client.GetUserIdAsync(session));
        Assert.Equal(("Nguyễn", "In Process"), (entry.Value("last_name"), entry.Value("status")));
        var change = Assert.Single(_server.Core.Store.GetAudit("Leads", id), a => a.Field == "status");
        Assert.Equal(("New", "In Process", "1"), (change.Before, change.After, change.UserId));
    }

    [Fact]
    public async Task Restart_DoesNotCreateASecondAdminOrChangeItsPassword()
    {
        await _server.RestartAsync();

        var session = await _server.Client().LoginAsync("admin", ServerFixture.AdminPassword);

        Assert.Equal("1", await _server.Client().GetUserIdAsync(session));
        Assert.Single(_server.Core.Store.Scan("Users"), u => u["user_name"] == "admin");
    }
}
