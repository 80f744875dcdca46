namespace CrmIntegration.Core.Jobs;

/// <summary>
/// What <see cref="JobRunner.RunAsync"/> did: ran the job (<see cref="Run"/> is the finished record,
/// <see cref="Outcome"/> the job's own answer), or did not because <see cref="RunningElsewhere"/> holds it.
/// </summary>
public sealed record JobRunResult(JobRun? Run, JobOutcome? Outcome, JobRun? RunningElsewhere)
{
    public bool Refused => RunningElsewhere is not null;

    public static JobRunResult Ran(JobRun run, JobOutcome outcome) => new(run, outcome, null);

    public static JobRunResult HeldBy(JobRun holder) => new(null, null, holder);
}
