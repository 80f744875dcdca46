using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Records.Rules;

public sealed class UsersRulesTests : IDisposable
{
    private readonly TestCore _test = new(new SecurityOptions { MaxFailedLogins = 2 });

    public UsersRulesTests()
    {
        Admin = Core.AddUser("root", UserRole.Admin);
    }

    private CrmCore Core => _test.Core;

    private CrmUser Admin { get; }

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData("alice")]
    [InlineData("ALICE")]
    [InlineData(" Alice ")]
    public void UserName_IsUniqueIgnoringCase(string second)
    {
        Core.AddUser("alice");

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.AddUser(second));

        Assert.Contains("Users.user_name", error.Message);
        Assert.Single(Core.UserAdmin.List(), u => string.Equals(u["user_name"], "alice", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Renaming_ToAnotherUsersName_IsRefused_ButKeepingOwnNameIsFine()
    {
        Core.AddUser("alice");
        var bob = Core.Store.Get("Users", Core.AddUser("bob").Id)!;

        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Change(Admin, bob, ("user_name", "Alice")));
        Assert.Equal("BOB", Core.Change(Admin, bob, ("user_name", "BOB"))["user_name"]);
    }

    [Fact]
    public void ReportsTo_Cycle_IsRefused()
    {
        var top = Core.AddUser("top", UserRole.Manager);
        var middle = Core.AddUser("middle", UserRole.Manager, reportsTo: top);
        Core.AddUser("bottom", UserRole.User, reportsTo: middle);

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.UserAdmin.SetReportsTo("top", "bottom"));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.UserAdmin.SetReportsTo("middle", "middle"));

        Assert.Contains("cycle", error.Message);
        Assert.Null(Core.Users.Find(top.Id)!.ReportsToId);
    }

    [Fact]
    public void ReportsTo_UnknownUser_IsRefused()
    {
        var alice = Core.Store.Get("Users", Core.AddUser("alice").Id)!;

        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Change(Admin, alice, ("reports_to_id", "no-such-user")));
    }

    [Fact]
    public void LastActiveAdmin_CannotBeDisabledDemotedOrDeleted()
    {
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.UserAdmin.Disable("root"));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.UserAdmin.SetRole("root", UserRole.Manager));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Change(Admin, Core.Store.Get("Users", Admin.Id)!, ("deleted", "1")));

        Assert.True(Core.Users.Find(Admin.Id) is { IsAdmin: true, Active: true });
    }

    [Fact]
    public void AnAdmin_CanBeDemoted_WhileAnotherStaysActive()
    {
        Core.AddUser("second", UserRole.Admin);

        Core.UserAdmin.SetRole("root", UserRole.User);

        Assert.Equal(UserRole.User, Core.Users.Find(Admin.Id)!.Role);
        Assert.Equal("0", Core.Store.Get("Users", Admin.Id)!["is_admin"]);
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.UserAdmin.Disable("second"));
    }

    [Fact]
    public void UnknownRole_IsRefused()
    {
        var alice = Core.Store.Get("Users", Core.AddUser("alice").Id)!;

        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Change(Admin, alice, ("role", "superuser")));
    }

    [Fact]
    public void UserHash_MustBeMd5Hex_AndIsStoredSlowHashed()
    {
        var alice = Core.Store.Get("Users", Core.AddUser("alice").Id)!;

        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Change(Admin, alice, ("user_hash", "plain-password")));

        var md5 = PasswordHasher.Md5Hex("Brand-new-pass");
        Core.Change(Admin, alice, ("user_hash", md5));
        var stored = Core.Store.Get("Users", alice.Id)!["user_hash"]!;
        Assert.StartsWith("pbkdf2-sha256$", stored);
        Assert.DoesNotContain(md5, stored);
        Assert.True(PasswordHasher.VerifyMd5(md5, stored));
    }

    [Fact]
    public void SettingUserHash_ResetsLockout()
    {
        var alice = Core.AddUser("alice");
        for (var i = 0; i < 2; i++)
        {
            CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login("alice", PasswordHasher.Md5Hex("wrong")));
        }

        CrmAssert.Fails(CrmErrorCode.AccountLocked, () => Core.Auth.Login("alice", Builders.PasswordMd5));

        var md5 = PasswordHasher.Md5Hex("Brand-new-pass");
        Core.Change(Admin, Core.Store.Get("Users", alice.Id)!, ("user_hash", md5));

        Assert.Equal(alice.Id, Core.Auth.Login("alice", md5).User.Id);
        Assert.Equal("0", Core.Store.Get("Users", alice.Id)!["failed_logins"]);
    }

    [Fact]
    public void CallerCannotWriteLockoutFieldsDirectly()
    {
        var alice = Core.Store.Get("Users", Core.AddUser("alice").Id)!;

        Core.Change(Admin, alice, ("locked_until", "2099-01-01 00:00:00"), ("failed_logins", "99"));

        Assert.Equal(alice.Id, Core.Auth.Login("alice", Builders.PasswordMd5).User.Id);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("manager")]
    [InlineData("partner")]
    public void FirstUser_MustBeAnAdministrator_OnAnyPathThroughTheCore(string role)
    {
        using var empty = new TestCore();
        var user = new Dictionary<string, string?> { ["user_name"] = "ivan", ["last_name"] = "Ivan", ["role"] = role };

        // The record service is what set_entry, crm users add and any import write through.
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => empty.Core.Records.Save(UserAdministration.SystemActor, "Users", user));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => empty.Core.UserAdmin.Add("ivan", Builders.Password, UserRoles.Parse(role)));

        Assert.Contains("add an administrator first", error.Message);
        Assert.Equal(0, empty.Core.Store.Count("Users"));
        empty.Core.UserAdmin.Add("root", Builders.Password, UserRole.Admin);
        Assert.Equal("ivan", empty.Core.Records.Save(UserAdministration.SystemActor, "Users", user)["user_name"]);
    }
}
