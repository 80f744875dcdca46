using CrmIntegration.Core.Jobs;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// <see cref="JobRun"/> ⇄ the <c>job_runs</c> document, and the fields of the <c>jobs</c> document
/// (one per job: since when it is tracked, and which run holds its lease until when).
/// </summary>
internal static class JobDocuments
{
    public const string Job = "job";
    public const string TrackedSince = "tracked_since";
    public const string LeaseRun = "lease_run";
    public const string LeaseExpires = "lease_expires";

    /// <summary>The latest schedule slot a run was started for (a job state's field).</summary>
    public const string LastSlot = "last_slot";

    public static BsonDocument ToDocument(JobRun run) => new()
    {
        ["_id"] = run.RunId,
        [Job] = run.Job,
        ["trigger"] = JobText.Of(run.Trigger),
        ["scheduled"] = Nullable(run.ScheduledUtc),
        ["started"] = run.StartedUtc,
        ["ended"] = Nullable(run.EndedUtc),
        ["outcome"] = run.Outcome is { } outcome ? JobText.Of(outcome) : BsonValue.Null,
        ["summary"] = run.Summary is { } summary ? summary : BsonValue.Null,
        ["did_work"] = run.DidWork,
        [LeaseExpires] = Nullable(run.LeaseExpiresUtc),
        ["program"] = run.RunBy.Program,
        ["machine"] = run.RunBy.Machine,
        ["pid"] = run.RunBy.ProcessId,
    };

    public static JobRun ToRun(BsonDocument d) =>
        new(d[Job].AsString, d["_id"].AsString, JobText.TriggerFrom(d["trigger"].AsString), NullableUtc(d["scheduled"]),
            Utc(d["started"]), new JobHost(d["program"].AsString, d["machine"].AsString, d["pid"].AsInt32))
        {
            EndedUtc = NullableUtc(d["ended"]),
            Outcome = d["outcome"].IsNull ? null : JobText.OutcomeFrom(d["outcome"].AsString),
            Summary = d["summary"].IsNull ? null : d["summary"].AsString,
            DidWork = d["did_work"].AsBoolean,
            LeaseExpiresUtc = NullableUtc(d[LeaseExpires]),
        };

    public static DateTime Utc(BsonValue value) => DateTime.SpecifyKind(value.AsDateTime, DateTimeKind.Utc);

    private static DateTime? NullableUtc(BsonValue value) => value.IsNull ? null : Utc(value);

    private static BsonValue Nullable(DateTime? value) => value is { } time ? new BsonValue(time) : BsonValue.Null;
}
