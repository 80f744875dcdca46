using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Security;

/// <summary>Per-call credentials (WS-Security UsernameToken): the login checks without a session.</summary>
public sealed class AuthServiceAuthenticateTests : IDisposable
{
    private readonly TestCore _test = new(new SecurityOptions { MaxFailedLogins = 3, LockoutDuration = TimeSpan.FromMinutes(15) });

    public AuthServiceAuthenticateTests()
    {
        Alice = Core.AddUser("alice", UserRole.User);
    }

    private CrmCore Core => _test.Core;

    private CrmUser Alice { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Authenticate_WithThePlainPassword_GivesTheUserAndStoresNoSession()
    {
        var before = Core.Store.Describe().SessionCount;

        var user = Core.Auth.Authenticate("alice", Builders.Password, plain: true);

        Assert.Equal(Alice.Id, user.Id);
        Assert.Equal(before, Core.Store.Describe().SessionCount);
    }

    [Fact]
    public void Authenticate_WrongPasswords_CountTowardsTheSameLockoutAsLogin()
    {
        var wrong = Assert.Throws<CrmException>(() => Core.Auth.Authenticate("alice", "nope", plain: true));
        Assert.Throws<CrmException>(() => Core.Auth.Authenticate("alice", "nope", plain: true));
        Assert.Throws<CrmException>(() => Core.Auth.Login("alice", "nope", plain: true));

        var locked = Assert.Throws<CrmException>(() => Core.Auth.Authenticate("alice", Builders.Password, plain: true));

        Assert.Equal((CrmErrorCode.InvalidLogin, CrmErrorCode.AccountLocked), (wrong.Code, locked.Code));
    }

    [Fact]
    public void Authenticate_InactiveUser_IsRefused()
    {
        Core.UserAdmin.Disable("alice");

        Assert.Equal(CrmErrorCode.InvalidLogin, Assert.Throws<CrmException>(() => Core.Auth.Authenticate("alice", Builders.Password, plain: true)).Code);
    }
}
