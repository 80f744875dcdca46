using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Security;

public sealed class AuthServiceLoginTests : IDisposable
{
    private readonly TestCore _test = new(new SecurityOptions { MaxFailedLogins = 3, LockoutDuration = TimeSpan.FromMinutes(15) });

    public AuthServiceLoginTests()
    {
        Alice = Core.AddUser("alice", UserRole.User);
    }

    private CrmCore Core => _test.Core;

    private CrmUser Alice { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Login_WithMd5Hex_ReturnsSessionForTheUser()
    {
        var session = Core.Auth.Login("alice", Builders.PasswordMd5);

        Assert.Equal(Alice.Id, session.User.Id);
        Assert.Equal(64, session.Id.Length);
        Assert.Equal(Alice.Id, Core.Auth.Validate(session.Id).Id);
    }

    [Fact]
    public void Login_WithUpperCaseMd5Hex_IsAccepted()
    {
        Assert.Equal(Alice.Id, Core.Auth.Login("alice", Builders.PasswordMd5.ToUpperInvariant()).User.Id);
    }

    [Fact]
    public void Login_WithPlainPassword_WhenEncryptionIsPlain()
    {
        Assert.Equal(Alice.Id, Core.Auth.Login("ALICE", Builders.Password, plain: true).User.Id);
    }

    [Fact]
    public void Login_PlainPasswordSentAsMd5_IsRefused()
    {
        CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login("alice", Builders.Password));
    }

    [Fact]
    public void WrongPasswordAndUnknownUser_FailAlike_WithoutNamingTheUser()
    {
        var wrongPassword = CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login("alice", PasswordHasher.Md5Hex("nope")));
        var unknownUser = CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login("nobody", Builders.PasswordMd5));

        Assert.Equal(wrongPassword.Message, unknownUser.Message);
        Assert.DoesNotContain("alice", wrongPassword.Message);
    }

    [Theory]
    [InlineData(null, "x")]
    [InlineData("alice", null)]
    [InlineData("", "")]
    public void Login_MissingCredentials_Fails10(string? userName, string? password)
    {
        CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login(userName, password));
    }

    [Fact]
    public void DisabledUser_CannotLogIn_AndLosesOpenSessions()
    {
        var session = Core.Auth.Login("alice", Builders.PasswordMd5);
        Core.AddUser("root", UserRole.Admin);

        Core.UserAdmin.Disable("alice");

        CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login("alice", Builders.PasswordMd5));
        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Core.Auth.Validate(session.Id));
    }

    [Fact]
    public void RepeatedFailures_LockTheAccount_EvenAgainstTheRightPassword_UntilLockoutEnds()
    {
        FailLogins("alice", 3);

        var locked = CrmAssert.Fails(CrmErrorCode.AccountLocked, () => Core.Auth.Login("alice", Builders.PasswordMd5));
        Assert.Contains("2026-03-02 08:45:00", locked.Message);

        _test.Clock.Advance(TimeSpan.FromMinutes(14));
        CrmAssert.Fails(CrmErrorCode.AccountLocked, () => Core.Auth.Login("alice", Builders.PasswordMd5));

        _test.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(Alice.Id, Core.Auth.Login("alice", Builders.PasswordMd5).User.Id);
    }

    [Fact]
    public void Lockout_OfOneUser_DoesNotTouchAnother()
    {
        Core.AddUser("bob");
        FailLogins("alice", 3);

        Assert.Equal("bob", Core.Auth.Login("bob", Builders.PasswordMd5).User.UserName);
    }

    [Fact]
    public void SuccessfulLogin_ResetsTheFailureCounter()
    {
        FailLogins("alice", 2);
        Core.Auth.Login("alice", Builders.PasswordMd5);
        FailLogins("alice", 2);

        Assert.Equal(Alice.Id, Core.Auth.Login("alice", Builders.PasswordMd5).User.Id);
    }

    [Fact]
    public void FailureCount_SurvivesRestart()
    {
        FailLogins("alice", 2);
        _test.Reopen();
        FailLogins("alice", 1);

        CrmAssert.Fails(CrmErrorCode.AccountLocked, () => _test.Core.Auth.Login("alice", Builders.PasswordMd5));
    }

    [Fact]
    public void NewPasswordSetByAdministrator_UnlocksTheAccount()
    {
        FailLogins("alice", 3);

        Core.UserAdmin.SetPassword("alice", "Another-Pass-7");

        Assert.Equal(Alice.Id, Core.Auth.Login("alice", "Another-Pass-7", plain: true).User.Id);
        CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => Core.Auth.Login("alice", Builders.PasswordMd5));
    }

    private void FailLogins(string userName, int times)
    {
        for (var i = 0; i < times; i++)
        {
            CrmAssert.Fails(CrmErrorCode.InvalidLogin, () => _test.Core.Auth.Login(userName, PasswordHasher.Md5Hex("wrong " + i)));
        }
    }
}
