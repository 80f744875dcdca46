using CrmIntegration.Core.Jobs;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// Job runs and leases. Each operation is one transaction under the store's gate, which is what makes
/// taking a lease atomic here: LiteDB has one writer process, so the gate covers every contender.
/// </summary>
public sealed partial class LiteDbCrmStore
{
    private ILiteCollection<BsonDocument> JobStates => _db.GetCollection("jobs");

    private ILiteCollection<BsonDocument> JobRuns => _db.GetCollection("job_runs");

    public JobLease TryStartJobRun(JobRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.LeaseExpiresUtc is not { } expires || !run.InProgress)
        {
            throw new ArgumentException("a run is started with a lease expiry and no end", nameof(run));
        }

        return InTransaction(() =>
        {
            var state = JobStates.FindById(run.Job) ?? new BsonDocument { ["_id"] = run.Job, [JobDocuments.TrackedSince] = run.StartedUtc };
            var lastSlot = state[JobDocuments.LastSlot] is { IsDateTime: true } last ? JobDocuments.Utc(last) : (DateTime?)null;
            if (JobLease.RefusingRanSlot(run, lastSlot) is { } ranAlready)
            {
                return ranAlready;
            }

            if (state[JobDocuments.LeaseRun] is { IsString: true } heldBy)
            {
                var heldUntil = JobDocuments.Utc(state[JobDocuments.LeaseExpires]);
                var holder = JobRuns.FindById(heldBy.AsString) is { } document ? JobDocuments.ToRun(document) : null;
                if (heldUntil > run.StartedUtc)
                {
                    return JobLease.Refused(holder ?? new JobRun(run.Job, heldBy.AsString, JobTrigger.Manual, null, heldUntil, new JobHost("?", "?", 0))
                    {
                        LeaseExpiresUtc = heldUntil,
                    });
                }

                if (holder is { InProgress: true })
                {
                    JobRuns.Update(JobDocuments.ToDocument(holder.Abandoned(heldUntil)));
                }
            }

            state[JobDocuments.LeaseRun] = run.RunId;
            state[JobDocuments.LeaseExpires] = expires;
            if (run.Slot is { } slot)
            {
                state[JobDocuments.LastSlot] = slot;
            }

            JobStates.Upsert(state);
            JobRuns.Insert(JobDocuments.ToDocument(run));
            return JobLease.Taken;
        });
    }

    public bool RenewJobLease(string job, string runId, DateTime expiresUtc) =>
        InTransaction(() =>
        {
            if (JobStates.FindById(job) is not { } state || state[JobDocuments.LeaseRun] != runId)
            {
                return false;
            }

            state[JobDocuments.LeaseExpires] = expiresUtc;
            JobStates.Update(state);
            if (JobRuns.FindById(runId) is { } run)
            {
                run[JobDocuments.LeaseExpires] = expiresUtc;
                JobRuns.Update(run);
            }

            return true;
        });

    public void FinishJobRun(JobRun run, int keepRunsWithWork)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfNegative(keepRunsWithWork);
        InTransaction(() =>
        {
            JobRuns.Upsert(JobDocuments.ToDocument(run));
            if (JobStates.FindById(run.Job) is { } state && state[JobDocuments.LeaseRun] == run.RunId)
            {
                state[JobDocuments.LeaseRun] = BsonValue.Null;
                state[JobDocuments.LeaseExpires] = BsonValue.Null;
                JobStates.Update(state);
            }

            TrimJobRuns(run.Job, keepRunsWithWork);
            return true;
        });
    }

    public IReadOnlyList<JobRun> ListJobRuns(string job, int limit) =>
        Gated(() => RunsNewestFirst(job).Take(limit).ToList());

    public DateTime TrackJob(string job, DateTime nowUtc) =>
        InTransaction(() =>
        {
            var state = JobStates.FindById(job) ?? new BsonDocument { ["_id"] = job };
            if (state[JobDocuments.TrackedSince].IsDateTime)
            {
                return JobDocuments.Utc(state[JobDocuments.TrackedSince]);
            }

            state[JobDocuments.TrackedSince] = nowUtc;
            JobStates.Upsert(state);
            return nowUtc;
        });

    /// <summary>
    /// Keeps every run in progress, the newest finished run, and the newest <paramref name="keepRunsWithWork"/>
    /// of the other finished runs that did something or failed; a job firing every few seconds with
    /// nothing to do thus keeps one idle run, not one per firing. A job's runs are few after trimming,
    /// so reading them all (by the job index) is cheap.
    /// </summary>
    private void TrimJobRuns(string job, int keepRunsWithWork)
    {
        var runs = RunsNewestFirst(job).ToList();
        var finished = runs.Where(r => !r.InProgress).ToList();
        var worthKeeping = finished.Skip(1).Where(r => r.DidWork || r.Outcome == JobRunOutcome.Failed);
        var keep = runs.Where(r => r.InProgress)
            .Concat(finished.Take(1))
            .Concat(worthKeeping.Take(keepRunsWithWork))
            .Select(r => r.RunId)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var run in runs.Where(r => !keep.Contains(r.RunId)))
        {
            JobRuns.Delete(run.RunId);
        }
    }

    private IEnumerable<JobRun> RunsNewestFirst(string job) =>
        JobRuns.Find(StoreQuery.Equal(JobDocuments.Job, job))
            .Select(JobDocuments.ToRun)
            .OrderByDescending(r => r.StartedUtc)
            .ThenByDescending(r => r.RunId, StringComparer.Ordinal);
}
