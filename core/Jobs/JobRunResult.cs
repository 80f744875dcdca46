namespace CrmIntegration.Core.Jobs;

/// <summary>
/// What <see cref="JobRunner.RunAsync"/> did: ran the job (<see cref="Run"/> is the finished record,
/// <see cref="Outcome"/> the job's own answer), or did not because <see cref="RunningElsewhere"/> holds it,
/// or because its slot was run already (<see cref="SlotRunBefore"/>, by another instance's scheduler).
/// </summary>
public sealed record JobRunResult(JobRun? Run, JobOutcome? Outcome, JobRun? RunningElsewhere, DateTime? SlotRunBefore = null)
{
    public bool Refused => RunningElsewhere is not null || SlotRunBefore is not null;

    public static JobRunResult Ran(JobRun run, JobOutcome outcome) => new(run, outcome, null);

    public static JobRunResult HeldBy(JobRun holder) => new(null, null, holder);

    public static JobRunResult SlotAlreadyRun(DateTime lastSlot) => new(null, null, null, lastSlot);
}
