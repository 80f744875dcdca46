namespace CrmIntegration.Core.Jobs;

/// <summary>
/// One run of a job as the store records it. A run in progress has no <see cref="EndedUtc"/> and
/// holds the job's lease until <see cref="LeaseExpiresUtc"/> (renewed while it runs); a finished run
/// has an outcome and a summary. <see cref="ScheduledUtc"/> is the slot a scheduled or catch-up run was
/// fired for (none for a manual run).
/// </summary>
public sealed record JobRun(string Job, string RunId, JobTrigger Trigger, DateTime? ScheduledUtc, DateTime StartedUtc, JobHost RunBy)
{
    public DateTime? EndedUtc { get; init; }

    public JobRunOutcome? Outcome { get; init; }

    public string? Summary { get; init; }

    /// <summary>Whether the run changed anything (see <see cref="JobOutcome.DidWork"/>).</summary>
    public bool DidWork { get; init; }

    /// <summary>Until when a run in progress holds the job; null once it has ended.</summary>
    public DateTime? LeaseExpiresUtc { get; init; }

    /// <summary>The schedule slot this run is for: a scheduled or catch-up run's; none for a manual run, which may be made any time.</summary>
    public DateTime? Slot => Trigger == JobTrigger.Manual ? null : ScheduledUtc;

    public TimeSpan? Duration => EndedUtc - StartedUtc;

    public bool InProgress => EndedUtc is null;

    /// <summary>
    /// The run closed as failed because its runner stopped renewing its lease, which ran out at
    /// <paramref name="leaseExpiredUtc"/> (its process died or stalled); what the store records when
    /// another run takes the job over.
    /// </summary>
    public JobRun Abandoned(DateTime leaseExpiredUtc) => this with
    {
        EndedUtc = leaseExpiredUtc,
        Outcome = JobRunOutcome.Failed,
        DidWork = true,
        LeaseExpiresUtc = null,
        Summary = $"abandoned: {RunBy} stopped renewing its lease, which expired at {JobTimes.Utc(leaseExpiredUtc)}; its work may be unfinished",
    };
}
