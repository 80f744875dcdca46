namespace CrmIntegration.Core.Jobs;

/// <summary>
/// The answer of <see cref="Storage.ICrmStore.TryStartJobRun"/>: the run was started and holds the
/// job, or it was refused because <see cref="HeldBy"/>, another run whose lease has not expired, does.
/// </summary>
public sealed record JobLease(JobRun? HeldBy)
{
    public static readonly JobLease Taken = new((JobRun?)null);

    public bool WasTaken => HeldBy is null;

    public static JobLease Refused(JobRun holder) => new(holder);
}
