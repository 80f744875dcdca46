using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Security;

public sealed class AuthServiceSessionTests : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly TestCore _test = new(new SecurityOptions { SessionIdleTimeout = Idle });

    public AuthServiceSessionTests()
    {
        Alice = _test.Core.AddUser("alice");
    }

    private CrmUser Alice { get; }

    private AuthService Auth => _test.Core.Auth;

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-such-session")]
    public void Validate_UnknownSession_Fails11(string? sessionId)
    {
        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(sessionId));
    }

    [Fact]
    public void Session_IdleLongerThanTheTimeout_Fails11()
    {
        var session = Auth.Login("alice", Builders.PasswordMd5);

        _test.Clock.Advance(Idle + TimeSpan.FromSeconds(1));

        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(session.Id));
    }

    [Fact]
    public void Session_InUse_StaysAlivePastTheTimeoutFromLogin()
    {
        var session = Auth.Login("alice", Builders.PasswordMd5);

        for (var i = 0; i < 4; i++)
        {
            _test.Clock.Advance(Idle - TimeSpan.FromMinutes(5));
            Assert.Equal(Alice.Id, Auth.Validate(session.Id).Id);
        }
    }

    [Fact]
    public void Session_EndedInTheStoreElsewhere_FailsWithinTheRecheck_EvenInConstantUse()
    {
        var session = Auth.Login("alice", Builders.PasswordMd5);

        // What another instance's logout writes; this instance keeps using the session meanwhile.
        _test.Core.Store.DeleteSession(session.Id);
        var step = TimeSpan.FromMilliseconds(100);
        var elapsed = TimeSpan.Zero;
        while (elapsed <= AuthService.SessionRecheck + step && IsValid(session.Id))
        {
            _test.Clock.Advance(step);
            elapsed += step;
        }

        Assert.InRange(elapsed, TimeSpan.Zero, AuthService.SessionRecheck);
    }

    private bool IsValid(string sessionId)
    {
        try
        {
            Auth.Validate(sessionId);
            return true;
        }
        catch (CrmException e) when (e.Code == CrmErrorCode.InvalidSessionId)
        {
            return false;
        }
    }

    [Fact]
    public void Session_SurvivesReopeningTheStore()
    {
        var session = Auth.Login("alice", Builders.PasswordMd5);
        _test.Clock.Advance(TimeSpan.FromMinutes(10));

        _test.Reopen();

        Assert.Equal(Alice.Id, Auth.Validate(session.Id).Id);
    }

    [Fact]
    public void PasswordChange_EndsTheUsersSessions_AlsoAfterARestart()
    {
        var old = Auth.Login("alice", Builders.PasswordMd5);
        var other = _test.Core.AddUser("bob");
        var bobs = Auth.Login("bob", Builders.PasswordMd5);

        _test.Core.UserAdmin.SetPassword("alice", "a-new-passw0rd");
        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(old.Id));
        _test.Reopen();

        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(old.Id));
        Assert.Null(_test.Core.Store.GetSession(old.Id));
        Assert.Equal(other.Id, Auth.Validate(bobs.Id).Id);
    }

    [Fact]
    public void Session_TouchedBeforeRestart_KeepsItsLastSeenTime()
    {
        var session = Auth.Login("alice", Builders.PasswordMd5);
        _test.Clock.Advance(TimeSpan.FromMinutes(20));
        Auth.Validate(session.Id);
        _test.Reopen();

        _test.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(Alice.Id, Auth.Validate(session.Id).Id);

        _test.Reopen();
        _test.Clock.Advance(Idle + TimeSpan.FromSeconds(1));
        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(session.Id));
    }

    [Fact]
    public void Logout_InvalidatesTheSession_AlsoAfterRestart()
    {
        var session = Auth.Login("alice", Builders.PasswordMd5);
        var other = Auth.Login("alice", Builders.PasswordMd5);

        Auth.Logout(session.Id);

        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(session.Id));
        _test.Reopen();
        CrmAssert.Fails(CrmErrorCode.InvalidSessionId, () => Auth.Validate(session.Id));
        Assert.Equal(Alice.Id, Auth.Validate(other.Id).Id);
    }

    [Fact]
    public void PurgeExpired_RemovesOnlyIdleSessionsFromTheStore()
    {
        var old = Auth.Login("alice", Builders.PasswordMd5);
        _test.Clock.Advance(TimeSpan.FromMinutes(20));
        var recent = Auth.Login("alice", Builders.PasswordMd5);
        _test.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(1, Auth.PurgeExpired());

        Assert.Null(_test.Core.Store.GetSession(old.Id));
        Assert.NotNull(_test.Core.Store.GetSession(recent.Id));
        Assert.Equal(Alice.Id, Auth.Validate(recent.Id).Id);
        Assert.Equal(0, Auth.PurgeExpired());
    }
}
