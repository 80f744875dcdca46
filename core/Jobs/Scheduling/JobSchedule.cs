using Quartz;

namespace CrmIntegration.Core.Jobs.Scheduling;

/// <summary>
/// A job's effective schedule: its cron expression read in its time zone, and whether the server
/// runs it. Made by <see cref="SchedulingOptions.Resolve"/>, which has checked both.
/// </summary>
public sealed class JobSchedule
{
    internal JobSchedule(string job, bool enabled, string cron, string timeZoneId, CronExpression expression)
    {
        Job = job;
        Enabled = enabled;
        Cron = cron;
        TimeZoneId = timeZoneId;
        Expression = expression;
    }

    public string Job { get; }

    public bool Enabled { get; }

    /// <summary>The cron expression as configured (or the job's default).</summary>
    public string Cron { get; }

    public string TimeZoneId { get; }

    /// <summary>The parsed expression, in <see cref="TimeZoneId"/>: what the server's Quartz trigger is built from.</summary>
    public CronExpression Expression { get; }

    public TimeZoneInfo TimeZone => Expression.TimeZone;

    /// <summary>"every 5 seconds", "every day at 07:00", … or null when the expression is not one of the simple shapes.</summary>
    public string? Reading => CronReading.Describe(Cron);

    /// <summary>The first fire time strictly after <paramref name="time"/>, or null when the schedule never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset time) => Expression.GetNextValidTimeAfter(time);

    /// <summary>
    /// The first fire time after <paramref name="since"/> and before <paramref name="now"/>: a slot
    /// nobody ran, or null when there is none. A slot exactly at <paramref name="now"/> is not missed:
    /// the scheduler fires it.
    /// </summary>
    public DateTimeOffset? FirstMissed(DateTimeOffset since, DateTimeOffset now) =>
        NextAfter(since) is { } next && next < now ? next : null;
}
