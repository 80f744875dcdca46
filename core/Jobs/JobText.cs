namespace CrmIntegration.Core.Jobs;

/// <summary>The words triggers and outcomes are stored and shown as (<c>catch-up</c>, <c>succeeded</c>, …).</summary>
public static class JobText
{
    public static string Of(JobTrigger trigger) => trigger switch
    {
        JobTrigger.Schedule => "schedule",
        JobTrigger.CatchUp => "catch-up",
        _ => "manual",
    };

    public static string Of(JobRunOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static JobTrigger TriggerFrom(string text) => text switch
    {
        "schedule" => JobTrigger.Schedule,
        "catch-up" => JobTrigger.CatchUp,
        "manual" => JobTrigger.Manual,
        _ => throw new FormatException($"'{text}' is not a job trigger"),
    };

    public static JobRunOutcome OutcomeFrom(string text) => Enum.Parse<JobRunOutcome>(text, ignoreCase: true);
}
