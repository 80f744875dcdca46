namespace CrmIntegration.Core.Jobs;

/// <summary>
/// A piece of scheduled housekeeping: what the server's scheduler fires, <c>crm jobs run NAME</c>
/// runs by hand, and a run of which is recorded in the store. Adding a job is one class implementing
/// this plus its entry in <see cref="JobCatalog.Default"/>. Jobs must be idempotent: a run may be
/// repeated after a crash, and a missed run is caught up once, not once per missed slot.
/// </summary>
public interface ICrmJob
{
    /// <summary>The job's name on the command line and in configuration (<c>Scheduling:Jobs:NAME</c>), lower-case with dashes.</summary>
    string Name { get; }

    /// <summary>One sentence saying what a run does, shown by <c>crm jobs list --format json</c>.</summary>
    string Description { get; }

    /// <summary>The Quartz cron expression (seconds first) used when <c>Scheduling:Jobs:NAME:Cron</c> is not set.</summary>
    string DefaultCron { get; }

    /// <summary>Does one run's work. Throwing records the run as failed with the exception's message.</summary>
    Task<JobOutcome> RunAsync(CrmCore core, CancellationToken cancellation);
}
