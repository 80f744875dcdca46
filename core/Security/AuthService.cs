using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Security;

/// <summary>
/// Login, sessions and lockout. Sessions are random 256-bit ids, kept in the store so they survive
/// a restart and are shared by every server instance on one database, cached in memory so
/// validating one mostly costs no read, and expire when idle.
/// </summary>
public sealed class AuthService(ICrmStore store, UserDirectory users, SecurityOptions options, TimeProvider clock)
{
    /// <summary>
    /// How long a cached session is trusted before the store is asked again: the bound on how late
    /// this instance sees a logout, a purge or a disabled user's sessions ended by another instance
    /// (or by <c>crm</c> on PostgreSQL).
    /// </summary>
    public static readonly TimeSpan SessionRecheck = TimeSpan.FromSeconds(2);

    /// <summary>Sessions as last read from (or written to) the store, and when: trusted for <see cref="SessionRecheck"/> after that.</summary>
    private readonly ConcurrentDictionary<string, CachedSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>
    /// Logs in with SugarCRM's credentials: <paramref name="password"/> is the MD5 hex of the
    /// password, or the plain password when <paramref name="plain"/> (SugarCRM's <c>encryption=PLAIN</c>).
    /// </summary>
    /// <exception cref="CrmException">10 wrong user or password; 1009 locked after repeated failures.</exception>
    public CrmSession Login(string? userName, string? password, bool plain = false)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            throw CrmException.InvalidLogin();
        }

        var md5 = plain ? PasswordHasher.Md5Hex(password) : password.ToLowerInvariant();

        // The failure count must be committed even though the call fails, so the transaction
        // returns the error instead of throwing it (a throw would roll the count back).
        var (session, error) = LoginOnce(userName, md5, openSession: true);
        return session ?? throw error!;
    }

    /// <summary>
    /// Checks credentials sent with a single call (a WS-Security UsernameToken) without opening a
    /// session: same password check, lockout and failure counting as <see cref="Login"/>, but no
    /// session record is written, so a client that authenticates every call leaves nothing behind.
    /// </summary>
    /// <exception cref="CrmException">10 wrong user or password, or an inactive user; 1009 locked.</exception>
    public CrmUser Authenticate(string? userName, string? password, bool plain = false)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            throw CrmException.InvalidLogin();
        }

        var md5 = plain ? PasswordHasher.Md5Hex(password) : password.ToLowerInvariant();
        var (session, error) = LoginOnce(userName, md5, openSession: false);
        return session?.User ?? throw error!;
    }

    /// <summary>
    /// The slow password hash (~40 ms) is checked before the transaction: inside it, it held the
    /// store's lock and every login stalled all writers. The transaction then trusts that verdict
    /// only if the stored hash is still the one checked (a password changed in between is checked again).
    /// </summary>
    private (CrmSession? Session, CrmException? Error) LoginOnce(string userName, string md5, bool openSession)
    {
        var checkedHash = users.FindByUserName(userName)?["user_hash"];
        var verified = checkedHash is not null && PasswordHasher.VerifyMd5(md5, checkedHash);
        return store.InTransaction(() => TryLogin(userName, md5, checkedHash, verified, openSession));
    }

    private (CrmSession? Session, CrmException? Error) TryLogin(string userName, string md5, string? checkedHash, bool verified, bool openSession)
    {
        var record = users.FindByUserName(userName);
        if (record is null)
        {
            return (null, CrmException.InvalidLogin());
        }

        var now = clock.GetUtcNow();
        if (LockedUntil(record) is { } until && until > now)
        {
            return (null, CrmException.AccountLocked(until));
        }

        var stored = record["user_hash"];
        if (!(stored == checkedHash ? verified : PasswordHasher.VerifyMd5(md5, stored)))
        {
            RecordFailure(record, now);
            return (null, CrmException.InvalidLogin());
        }

        var user = UserDirectory.FromRecord(record);
        if (!user.Active)
        {
            return (null, CrmException.UserDisabled(user.UserName));
        }

        if (record["failed_logins"] is not (null or "0"))
        {
            record["failed_logins"] = "0";
            record["locked_until"] = null;
            store.Update(record);
        }

        if (!openSession)
        {
            return (new CrmSession("", user), null);
        }

        var session = new SessionRecord(NewSessionId(), user.Id, now.UtcDateTime, now.UtcDateTime);
        store.SaveSession(session);
        _sessions[session.Id] = new CachedSession(session, now.UtcDateTime);
        return (new CrmSession(session.Id, user), null);
    }

    /// <summary>The user behind a session id.</summary>
    /// <exception cref="CrmException">11 when the session is unknown, expired or its user disabled.</exception>
    public CrmUser Validate(string? sessionId)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            throw CrmException.InvalidSession();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Trusted until SessionRecheck after it was read, however often it is used meanwhile: that is
        // what bounds how late a logout on another instance is seen.
        var cached = _sessions.TryGetValue(sessionId, out var entry) && now - entry.ReadUtc < SessionRecheck ? entry : null;
        var session = cached?.Session ?? store.GetSession(sessionId);
        if (session is null || now - session.LastSeenUtc > options.SessionIdleTimeout)
        {
            Logout(sessionId);
            throw CrmException.InvalidSession();
        }

        var user = users.Find(session.UserId);
        if (user is not { Active: true })
        {
            Logout(sessionId);
            throw CrmException.InvalidSession();
        }

        if (now - session.LastSeenUtc > options.SessionTouchInterval)
        {
            session = session with { LastSeenUtc = now };
            store.SaveSession(session);
            cached = null;
        }

        if (cached is null)
        {
            _sessions[sessionId] = new CachedSession(session, now);
        }

        return user;
    }

    public void Logout(string? sessionId)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return;
        }

        _sessions.TryRemove(sessionId, out _);
        store.DeleteSession(sessionId);
    }

    /// <summary>Ends every session of a user (disabled, or password changed), in memory and in the store.</summary>
    public void ForgetUserSessions(string userId)
    {
        store.DeleteUserSessions(userId);
        foreach (var (id, cached) in _sessions)
        {
            if (cached.Session.UserId == userId)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    /// <summary>
    /// Removes expired sessions from the store, and from the in-memory cache (which otherwise keeps
    /// every session ever validated until its id is used again); returns how many the store held.
    /// The session-cleanup job calls it.
    /// </summary>
    public int PurgeExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.SessionIdleTimeout;
        foreach (var (id, cached) in _sessions)
        {
            if (cached.Session.LastSeenUtc < cutoff)
            {
                _sessions.TryRemove(id, out _);
            }
        }

        return store.DeleteSessionsIdleSince(cutoff);
    }

    private void RecordFailure(CrmRecord record, DateTimeOffset now)
    {
        var failures = int.TryParse(record["failed_logins"], out var n) ? n + 1 : 1;
        record["failed_logins"] = failures.ToString(CultureInfo.InvariantCulture);
        if (failures >= options.MaxFailedLogins)
        {
            record["locked_until"] = (now + options.LockoutDuration).UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);
            record["failed_logins"] = "0";
        }

        store.Update(record);
    }

    private static DateTimeOffset? LockedUntil(CrmRecord record) =>
        DateTime.TryParseExact(record["locked_until"], CrmFormats.DateTime, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var until)
            ? new DateTimeOffset(until, TimeSpan.Zero)
            : null;

    private static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private sealed record CachedSession(SessionRecord Session, DateTime ReadUtc);
}
