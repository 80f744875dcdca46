namespace CrmIntegration.Core.Jobs;

/// <summary>
/// The answer of <see cref="Storage.ICrmStore.TryStartJobRun"/>: the run was started and holds the
/// job, or it was refused because <see cref="HeldBy"/>, another run whose lease has not expired, does,
/// or because the schedule slot it was fired for has been run already (<see cref="SlotRunBefore"/>):
/// with several server instances, each one's scheduler fires every slot, and the first to start it
/// runs it, even when it has finished before the others ask.
/// </summary>
public sealed record JobLease(JobRun? HeldBy, DateTime? SlotRunBefore = null)
{
    public static readonly JobLease Taken = new((JobRun?)null);

    public bool WasTaken => HeldBy is null && SlotRunBefore is null;

    public static JobLease Refused(JobRun holder) => new(holder);

    /// <summary>Refused: a scheduled or catch-up run for a slot no later than <paramref name="lastSlot"/>, the latest one started.</summary>
    public static JobLease SlotAlreadyRun(DateTime lastSlot) => new(null, lastSlot);

    /// <summary>
    /// The refusal of <paramref name="run"/> when its slot is no later than <paramref name="lastSlot"/>,
    /// the latest slot the job's state says was started (by any instance); null when it may go on.
    /// Every store asks this under the lock it takes the lease with.
    /// </summary>
    public static JobLease? RefusingRanSlot(JobRun run, DateTime? lastSlot) =>
        run.Slot is { } slot && lastSlot is { } latest && slot <= latest ? SlotAlreadyRun(latest) : null;
}
