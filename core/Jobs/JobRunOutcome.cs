namespace CrmIntegration.Core.Jobs;

/// <summary>How a recorded run ended; stored and shown as <c>succeeded</c>, <c>failed</c>, <c>skipped</c>.</summary>
public enum JobRunOutcome
{
    /// <summary>The job did its work (or found none to do).</summary>
    Succeeded,

    /// <summary>The job threw, reported a failure (mail it could not send), or its runner stopped before the end.</summary>
    Failed,

    /// <summary>A scheduled run that did not start because another run of the job held its lease.</summary>
    Skipped,
}
