namespace CrmIntegration.Core.Jobs;

/// <summary>Why a run started; stored and shown as <c>schedule</c>, <c>catch-up</c>, <c>manual</c>.</summary>
public enum JobTrigger
{
    /// <summary>The server's scheduler fired the job's cron schedule.</summary>
    Schedule,

    /// <summary>At start, the server found a slot of the schedule missed while it was down and ran the job once.</summary>
    CatchUp,

    /// <summary>Somebody ran it now: <c>crm jobs run</c> or <c>crm mail deliver</c>.</summary>
    Manual,
}
