using System.Text.Json;
using CrmIntegration.Core.Jobs;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// Job runs and leases. Taking a lease locks the job's row (<c>SELECT … FOR UPDATE</c>), so of several
/// instances and <c>crm</c> processes asking at once one takes it and the others see who holds it.
/// </summary>
public sealed partial class PostgreSqlCrmStore
{
    public JobLease TryStartJobRun(JobRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.LeaseExpiresUtc is not { } expires || !run.InProgress)
        {
            throw new ArgumentException("a run is started with a lease expiry and no end", nameof(run));
        }

        return Write((connection, transaction) =>
        {
            var (_, heldBy, heldUntil, lastSlot) = LockJob(connection, transaction, run.Job, run.StartedUtc);
            if (JobLease.RefusingRanSlot(run, lastSlot) is { } ranAlready)
            {
                return ranAlready;
            }

            if (heldBy is not null)
            {
                var holder = ReadJson<JobRun>(connection, transaction, "SELECT run FROM crm_job_runs WHERE run_id = $1", heldBy).SingleOrDefault();
                if (heldUntil > run.StartedUtc)
                {
                    return JobLease.Refused(holder ?? new JobRun(run.Job, heldBy, JobTrigger.Manual, null, heldUntil!.Value, new JobHost("?", "?", 0))
                    {
                        LeaseExpiresUtc = heldUntil,
                    });
                }

                if (holder is { InProgress: true })
                {
                    SaveRun(connection, transaction, holder.Abandoned(heldUntil!.Value));
                }
            }

            Execute(connection, transaction,
                "UPDATE crm_job_states SET lease_run = $2, lease_expires_utc = $3, last_slot_utc = GREATEST(last_slot_utc, $4) WHERE job = $1",
                run.Job, run.RunId, Utc(expires), run.Slot is { } slot ? Utc(slot) : null);
            SaveRun(connection, transaction, run);
            return JobLease.Taken;
        });
    }

    public bool RenewJobLease(string job, string runId, DateTime expiresUtc) => Write((connection, transaction) =>
    {
        if (Execute(connection, transaction, "UPDATE crm_job_states SET lease_expires_utc = $3 WHERE job = $1 AND lease_run = $2", job, runId, Utc(expiresUtc)) == 0)
        {
            return false;
        }

        if (ReadJson<JobRun>(connection, transaction, "SELECT run FROM crm_job_runs WHERE run_id = $1", runId).SingleOrDefault() is { } run)
        {
            SaveRun(connection, transaction, run with { LeaseExpiresUtc = expiresUtc });
        }

        return true;
    });

    public void FinishJobRun(JobRun run, int keepRunsWithWork)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfNegative(keepRunsWithWork);
        Write((connection, transaction) =>
        {
            SaveRun(connection, transaction, run);
            Execute(connection, transaction,
                "UPDATE crm_job_states SET lease_run = NULL, lease_expires_utc = NULL WHERE job = $1 AND lease_run = $2", run.Job, run.RunId);
            TrimJobRuns(connection, transaction, run.Job, keepRunsWithWork);
            return 0;
        });
    }

    public IReadOnlyList<JobRun> ListJobRuns(string job, int limit) => Use((connection, transaction) =>
        ReadJson<JobRun>(connection, transaction, "SELECT run FROM crm_job_runs WHERE job = $1 ORDER BY started_utc DESC, run_id DESC LIMIT $2", job, limit));

    public DateTime TrackJob(string job, DateTime nowUtc) =>
        Write((connection, transaction) => LockJob(connection, transaction, job, nowUtc).TrackedSince);

    /// <summary>The job's row, made if it is new (tracked from <paramref name="nowUtc"/>), locked until the transaction ends.</summary>
    private static (DateTime TrackedSince, string? LeaseRun, DateTime? LeaseExpires, DateTime? LastSlot) LockJob(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string job, DateTime nowUtc)
    {
        Execute(connection, transaction, "INSERT INTO crm_job_states (job, tracked_since_utc) VALUES ($1, $2) ON CONFLICT (job) DO NOTHING", job, Utc(nowUtc));
        using var command = Command(connection, transaction,
            "SELECT tracked_since_utc, lease_run, lease_expires_utc, last_slot_utc FROM crm_job_states WHERE job = $1 FOR UPDATE", job);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetDateTime(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDateTime(2),
            reader.IsDBNull(3) ? null : reader.GetDateTime(3));
    }

    /// <summary>Keeps the runs in progress, the newest finished run, and the newest <paramref name="keepRunsWithWork"/> others that did work or failed.</summary>
    private static void TrimJobRuns(NpgsqlConnection connection, NpgsqlTransaction transaction, string job, int keepRunsWithWork)
    {
        var runs = ReadJson<JobRun>(connection, transaction, "SELECT run FROM crm_job_runs WHERE job = $1 ORDER BY started_utc DESC, run_id DESC", job);
        var finished = runs.Where(r => !r.InProgress).ToList();
        var keep = runs.Where(r => r.InProgress)
            .Concat(finished.Take(1))
            .Concat(finished.Skip(1).Where(r => r.DidWork || r.Outcome == JobRunOutcome.Failed).Take(keepRunsWithWork))
            .Select(r => r.RunId)
            .ToHashSet(StringComparer.Ordinal);
        var drop = runs.Where(r => !keep.Contains(r.RunId)).Select(r => r.RunId).ToArray();
        if (drop.Length > 0)
        {
            // One parameter, the array (passed alone, a string[] would be taken as the parameter list itself).
            Execute(connection, transaction, "DELETE FROM crm_job_runs WHERE run_id = ANY($1)", [(object)drop]);
        }
    }

    private static void SaveRun(NpgsqlConnection connection, NpgsqlTransaction transaction, JobRun run) =>
        Execute(connection, transaction,
            """
            INSERT INTO crm_job_runs (run_id, job, started_utc, in_progress, did_work, run) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
            ON CONFLICT (run_id) DO UPDATE SET job = $2, started_utc = $3, in_progress = $4, did_work = $5, run = $6::jsonb
            """,
            run.RunId, run.Job, Utc(run.StartedUtc), run.InProgress, run.DidWork, JsonSerializer.Serialize(run));
}
