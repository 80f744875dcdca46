namespace CrmIntegration.Core.Mail;

/// <summary>
/// <c>Mail:Backoff</c>: when a failed mail is tried again. The wait doubles from
/// <see cref="Initial"/> up to <see cref="Max"/> (1, 2, 4 … 32 min, then hourly by default), so a
/// relay that is down for a while is not hammered, and one that comes back is used within the hour.
/// </summary>
public sealed class RetryBackoff
{
    public TimeSpan Initial { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan Max { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the mail is marked failed (about two days by default).</summary>
    public int MaxAttempts { get; set; } = 50;

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failure (1 → <see cref="Initial"/>).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);

        // Doubling past 2^20 overflows long before the cap matters; stop doubling once over it.
        var delay = Initial;
        for (var i = 1; i < failedAttempts && delay < Max; i++)
        {
            delay += delay;
        }

        return delay < Max ? delay : Max;
    }

    /// <summary>Refuses a backoff that cannot work, naming the key.</summary>
    /// <exception cref="Errors.CrmException"><see cref="Errors.CrmErrorCode.BadConfiguration"/>.</exception>
    public void Validate() => Configuration.Checks.MailChecks.CheckBackoff(this, Configuration.SettingsCheck.WithoutSources);
}
