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

    public TimeSpan? Duration => EndedUtc - StartedUtc;

    public bool InProgress => EndedUtc is null;
}
