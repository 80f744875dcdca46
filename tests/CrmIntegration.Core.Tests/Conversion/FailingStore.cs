using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Conversion;

/// <summary>
/// The real store with one fault injected: the <see cref="FailAt"/>-th write (insert, update,
/// relationship row or audit entry) throws, as a full disk or a crash half-way would. It also
/// counts reads by id, for tests of how often something reads the store.
/// </summary>
internal sealed class FailingStore(ICrmStore inner, int failAt) : ICrmStore
{
    public int FailAt { get; } = failAt;

    private int _gets;

    public int Writes { get; private set; }

    /// <summary>Records read by id so far, from any thread.</summary>
    public int Gets => Volatile.Read(ref _gets);

    public CrmRecord? Get(string module, string id)
    {
        Interlocked.Increment(ref _gets);
        return inner.Get(module, id);
    }

    public IEnumerable<CrmRecord> Scan(string module) => inner.Scan(module);

    public IEnumerable<CrmRecord> FindByKey(string module, string field, string value) => inner.FindByKey(module, field, value);

    public RecordPage Query(RecordQuery query) => inner.Query(query);

    public int Count(string module) => inner.Count(module);

    public void Insert(CrmRecord record) => Write(() => inner.Insert(record));

    public void InsertMany(IEnumerable<CrmRecord> records) => Write(() => inner.InsertMany(records));

    public void Update(CrmRecord record) => Write(() => inner.Update(record));

    public IReadOnlyList<RelationshipRow> GetRelationshipRows(string relationship, RelationshipSide side, string id) =>
        inner.GetRelationshipRows(relationship, side, id);

    public void SaveRelationshipRow(RelationshipRow row) => Write(() => inner.SaveRelationshipRow(row));

    public void AppendAudit(IEnumerable<AuditEntry> entries) => Write(() => inner.AppendAudit(entries));

    public IReadOnlyList<AuditEntry> GetAudit(string module, string recordId) => inner.GetAudit(module, recordId);

    public SessionRecord? GetSession(string id) => inner.GetSession(id);

    public void SaveSession(SessionRecord session) => inner.SaveSession(session);

    public void DeleteSession(string id) => inner.DeleteSession(id);

    public int DeleteUserSessions(string userId) => inner.DeleteUserSessions(userId);

    public int DeleteSessionsIdleSince(DateTime cutoffUtc) => inner.DeleteSessionsIdleSince(cutoffUtc);

    public void SaveMergeJournal(MergeJournal journal) => inner.SaveMergeJournal(journal);

    public MergeJournal? GetMergeJournal(string mergeId) => inner.GetMergeJournal(mergeId);

    public IReadOnlyList<MergeJournal> ListMergeJournals(string? module = null) => inner.ListMergeJournals(module);

    public long NextSequence(string name) => inner.NextSequence(name);

    public T InTransaction<T>(Func<T> work) => inner.InTransaction(work);

    public StoreInfo Describe() => inner.Describe();

    public StoreHealth CheckHealth() => inner.CheckHealth();

    public StoreCopy BackupTo(string destination, bool overwrite = false) => inner.BackupTo(destination, overwrite);

    public long RecordVersion => inner.RecordVersion;

    public RecordChanges? RecordChangesSince(long version) => inner.RecordChangesSince(version);

    public void EnqueueMail(QueuedMail mail) => Write(() => inner.EnqueueMail(mail));

    public QueuedMail? ClaimDueMail(DateTime dueUtc, DateTime nowUtc, string claimant, TimeSpan lease) =>
        inner.ClaimDueMail(dueUtc, nowUtc, claimant, lease);

    public int ReleaseExpiredMailClaims(DateTime nowUtc) => inner.ReleaseExpiredMailClaims(nowUtc);

    public bool CompleteMailAttempt(string mailId, string attemptId, MailStatus status, DateTime nowUtc, string detail, DateTime? nextAttemptUtc = null) =>
        inner.CompleteMailAttempt(mailId, attemptId, status, nowUtc, detail, nextAttemptUtc);

    public QueuedMail? GetMail(string id) => inner.GetMail(id);

    public IReadOnlyList<QueuedMail> ListMail(MailStatus? status, int limit) => inner.ListMail(status, limit);

    /// <summary>Not the test's to close: the inner store belongs to the test's core.</summary>
    public void Dispose()
    {
    }

    private void Write(Action write)
    {
        if (++Writes == FailAt)
        {
            throw new IOException($"injected failure at write {FailAt}");
        }

        write();
    }

    public JobLease TryStartJobRun(JobRun run) => inner.TryStartJobRun(run);

    public bool RenewJobLease(string job, string runId, DateTime expiresUtc) => inner.RenewJobLease(job, runId, expiresUtc);

    public void FinishJobRun(JobRun run, int keepRunsWithWork) => inner.FinishJobRun(run, keepRunsWithWork);

    public IReadOnlyList<JobRun> ListJobRuns(string job, int limit) => inner.ListJobRuns(job, limit);

    public DateTime TrackJob(string job, DateTime nowUtc) => inner.TrackJob(job, nowUtc);
}
