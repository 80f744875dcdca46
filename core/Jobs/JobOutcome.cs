namespace CrmIntegration.Core.Jobs;

/// <summary>
/// What one run of a job did. <see cref="Summary"/> is one line for people (<c>crm jobs list</c>, the
/// server log); <see cref="DidWork"/> says whether the run changed anything, which decides whether
/// its record is kept in the bounded history (see <see cref="JobRunner.KeptRunsWithWork"/>);
/// <see cref="Problems"/> has one line per item that went wrong; <see cref="Details"/> carries a job's
/// own result for a caller that knows the job (<c>crm mail deliver</c> prints its delivery report).
/// </summary>
public sealed record JobOutcome(JobRunOutcome Outcome, string Summary, bool DidWork)
{
    public IReadOnlyList<string> Problems { get; init; } = [];

    public object? Details { get; init; }

    public bool Succeeded => Outcome == JobRunOutcome.Succeeded;

    public static JobOutcome Success(string summary, bool didWork) => new(JobRunOutcome.Succeeded, summary, didWork);

    /// <summary>A run that went wrong; failures are always kept in the history.</summary>
    public static JobOutcome Failure(string summary) => new(JobRunOutcome.Failed, summary, DidWork: true);
}
