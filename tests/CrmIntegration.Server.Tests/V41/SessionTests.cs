using CrmIntegration.Core.Security;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.V41;

[Collection(ServerCollection.Name)]
public sealed class SessionTests(ServerFixture server)
{
    [Fact]
    public async Task SixWrongPasswords_LockTheAccount_Faults1009EvenForTheRightPassword()
    {
        var client = server.Client();
        var name = server.AddUser(UserRole.User);

        var faults = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            faults.Add((await SugarClientExtensions.FaultOf(() => client.LoginAsync(name, "wrong-" + i))).Number!);
        }

        var right = await SugarClientExtensions.FaultOf(() => client.LoginAsync(name, "Passw0rd!"));

        Assert.Equal(["10", "10", "10", "10", "10", "1009"], faults);
        Assert.Equal("1009", right.Number);
        Assert.Contains("locked", right.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownUser_GetsTheSameFaultAsAWrongPassword()
    {
        var unknown = await SugarClientExtensions.FaultOf(() => server.Client().LoginAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "x"));
        var wrong = await SugarClientExtensions.FaultOf(() => server.Client().LoginAsync(server.AddUser(UserRole.User), "x"));

        Assert.Equal(("10", wrong.Description), (unknown.Number, unknown.Description));
    }

    [Fact]
    public async Task Login_WithPlainEncryption_Works()
    {
        var client = server.Client();
        var name = server.AddUser(UserRole.User);

        var entry = await client.LoginAsync(
            new Soap.V41.Contracts.UserAuth { UserName = name, Password = "Passw0rd!", Encryption = "PLAIN" }, "tests", []);

        Assert.Equal(server.Core.Users.FindByUserName(name)!.Id, await client.GetUserIdAsync(entry.Id!));
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = server.Client();
        var session = await client.LoginAsync(server.AddUser(UserRole.User), "Passw0rd!");

        await client.LogoutAsync(session);
        var fault = await SugarClientExtensions.FaultOf(() => client.GetUserIdAsync(session));

        Assert.Equal("11", fault.Number);
    }

    [Fact]
    public async Task DisabledUser_CannotLogInAndLosesSessions()
    {
        var client = server.Client();
        var name = server.AddUser(UserRole.User);
        var session = await client.LoginAsync(name, "Passw0rd!");

        server.Core.UserAdmin.Disable(name);
        var login = await SugarClientExtensions.FaultOf(() => client.LoginAsync(name, "Passw0rd!"));
        var call = await SugarClientExtensions.FaultOf(() => client.GetUserIdAsync(session));

        Assert.Equal("10", login.Number);
        Assert.Contains("inactive", login.Description);
        Assert.Equal("11", call.Number);
    }
}
