using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

[Collection(ServerCollection.Name)]
public sealed class LoginTests(ServerFixture server)
{
    [Fact]
    public async Task Login_WithMd5OfAdminPassword_ReturnsSessionThatIdentifiesAdmin()
    {
        var client = server.Client();
        var session = await client.LoginAsync("admin", ServerFixture.AdminPassword);

        Assert.Equal(64, session.Length);
        Assert.Equal("1", await client.GetUserIdAsync(session));
    }

    [Fact]
    public async Task Login_WrongPassword_Faults10()
    {
        var fault = await SugarClientExtensions.FaultOf(() => server.Client().LoginAsync("admin", "wrong"));

        Assert.Equal("10", fault.Number);
        Assert.Equal("Invalid Login", fault.Name);
    }

    [Fact]
    public async Task GetUserId_BadSession_Faults11()
    {
        var fault = await SugarClientExtensions.FaultOf(() => server.Client().GetUserIdAsync("no-such-session"));

        Assert.Equal("11", fault.Number);
    }
}
