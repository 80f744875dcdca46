using System.Globalization;

namespace CrmIntegration.Core.Jobs.Catalog;

/// <summary>
/// Deletes login sessions idle longer than <c>Security:SessionIdleTimeout</c>. Such a session is
/// already refused (fault 11) when it is used; this keeps the store, and the server's session cache,
/// from holding every session a client ever opened and never logged out of.
/// </summary>
public sealed class SessionCleanupJob : ICrmJob
{
    public const string JobName = "session-cleanup";

    public string Name => JobName;

    public string Description => "Deletes login sessions idle longer than Security:SessionIdleTimeout (they can no longer be used).";

    /// <summary>Every hour, on the hour.</summary>
    public string DefaultCron => "0 0 * * * ?";

    public Task<JobOutcome> RunAsync(CrmCore core, CancellationToken cancellation)
    {
        var removed = core.Auth.PurgeExpired();
        var summary = removed == 0
            ? "No expired session to delete."
            : string.Create(CultureInfo.InvariantCulture, $"Deleted {removed} expired session(s) (idle longer than Security:SessionIdleTimeout).");
        return Task.FromResult(JobOutcome.Success(summary, didWork: removed > 0));
    }
}
