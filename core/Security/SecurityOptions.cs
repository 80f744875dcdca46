namespace CrmIntegration.Core.Security;

/// <summary>Session and lockout settings (configuration section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>A session unused for this long is gone; the client must log in again (fault 11).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Consecutive wrong passwords after which the account is locked (fault 1009).</summary>
    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How stale a session's last-seen time may get before it is written again: writing it on every
    /// call would cost a disk commit per request.
    /// </summary>
    public TimeSpan SessionTouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
