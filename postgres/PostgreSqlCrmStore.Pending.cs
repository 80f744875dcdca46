using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// The parts of the store issue 12 has not reached yet: the query method (parameterised SQL over
/// the key columns), job runs and leases,
/// and backups (<c>pg_dump</c>'s business). Each refuses loudly rather than pretend; the contract
/// suite shows which are missing.
/// </summary>
public sealed partial class PostgreSqlCrmStore
{
    public RecordPage Query(RecordQuery query)
    {
        _registry.Get(query?.Module);
        throw Missing(nameof(Query));
    }

    public JobLease TryStartJobRun(JobRun run) => throw Missing(nameof(TryStartJobRun));

    public bool RenewJobLease(string job, string runId, DateTime expiresUtc) => throw Missing(nameof(RenewJobLease));

    public void FinishJobRun(JobRun run, int keepRunsWithWork) => throw Missing(nameof(FinishJobRun));

    public IReadOnlyList<JobRun> ListJobRuns(string job, int limit) => throw Missing(nameof(ListJobRuns));

    public DateTime TrackJob(string job, DateTime nowUtc) => throw Missing(nameof(TrackJob));

    public StoreCopy BackupTo(string destination, bool overwrite = false) => throw Missing(nameof(BackupTo));

    private static NotSupportedException Missing(string member) =>
        new($"{member} is not implemented on the PostgreSQL store yet (issue 12 is in progress)");
}
