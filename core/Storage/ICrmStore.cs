using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage;

/// <summary>
/// The storage seam. It speaks module records, relationship rows, audit entries and sessions,
/// never storage-engine types, so a second implementation (PostgreSQL) can replace the embedded one.
/// Business rules do not live here: callers validate, apply access rules and maintain audit fields.
/// </summary>
public interface ICrmStore : IDisposable
{
    /// <summary>The record with this id, deleted or not; null when there is none.</summary>
    CrmRecord? Get(string module, string id);

    /// <summary>Every record of the module, deleted ones included, in no particular order.</summary>
    IEnumerable<CrmRecord> Scan(string module);

    /// <summary>
    /// Records whose indexed <paramref name="field"/> equals <paramref name="value"/> ignoring case
    /// (deleted ones included). Only fields the registry marks <c>Indexed</c> can be looked up.
    /// </summary>
    IEnumerable<CrmRecord> FindByKey(string module, string field, string value);

    /// <summary>
    /// The page of a module's records a <see cref="RecordQuery"/> asks for, and how many match in all
    /// when it asks (<see cref="RecordQuery.Apply"/> defines the result). A store pushes what it can
    /// down to its engine — an equality or <c>IN</c> on an indexed field as an index seek, a range as
    /// an index range, an order by an indexed field as an ordered index walk that stops after the
    /// page, the read scope as one more condition — and evaluates the rest over those candidates,
    /// never by loading and sorting every record of the module when an index can serve the query.
    /// </summary>
    /// <exception cref="Errors.CrmException">20 for an unknown module.</exception>
    RecordPage Query(RecordQuery query);

    /// <summary>How many records the module holds, deleted ones included.</summary>
    int Count(string module);

    void Insert(CrmRecord record);

    /// <summary>Inserts many records in one transaction (bulk loads; far faster than one by one).</summary>
    void InsertMany(IEnumerable<CrmRecord> records);

    void Update(CrmRecord record);

    /// <summary>
    /// The store-wide change sequence: the number of the last committed record write (insert or
    /// update, soft deletes included). Every committed write takes the next number, so the sequence
    /// only grows; it is kept in the database, so it continues after a restart, and every write
    /// numbered at or below it is committed and readable. With <see cref="RecordChangesSince"/> it lets
    /// an in-memory index over records (duplicate matching, template caches) follow every writer
    /// without rescanning, and a process reading the same database follow the writes of another.
    /// </summary>
    long RecordVersion { get; }

    /// <summary>
    /// The records written by commits numbered above <paramref name="version"/>, up to
    /// <see cref="RecordChanges.Version"/>; a record written several times may be listed once, under its
    /// last write. Null when <paramref name="version"/> is ahead of the store (a number from another
    /// database), or when the store cannot tell (the caller then rebuilds from <see cref="Scan"/>).
    /// </summary>
    RecordChanges? RecordChangesSince(long version);

    /// <summary>Many-to-many rows of a relationship touching this id on the given side.</summary>
    IReadOnlyList<RelationshipRow> GetRelationshipRows(string relationship, RelationshipSide side, string id);

    void SaveRelationshipRow(RelationshipRow row);

    void AppendAudit(IEnumerable<AuditEntry> entries);

    IReadOnlyList<AuditEntry> GetAudit(string module, string recordId);

    SessionRecord? GetSession(string id);

    void SaveSession(SessionRecord session);

    void DeleteSession(string id);

    /// <summary>Removes every session of a user (password changed, disabled); returns how many.</summary>
    int DeleteUserSessions(string userId);

    /// <summary>Removes sessions idle since before the cut-off; returns how many.</summary>
    int DeleteSessionsIdleSince(DateTime cutoffUtc);

    /// <summary>Stores a merge journal entry, replacing one with the same merge id (undo marks it undone).</summary>
    void SaveMergeJournal(MergeJournal journal);

    /// <summary>The journal entry of a merge, or null when there is none.</summary>
    MergeJournal? GetMergeJournal(string mergeId);

    /// <summary>Every merge journal entry, newest first (optionally of one module only).</summary>
    IReadOnlyList<MergeJournal> ListMergeJournals(string? module = null);

    /// <summary>The next value of a named counter (e.g. case numbers), starting at 1.</summary>
    long NextSequence(string name);

    /// <summary>
    /// Adds a mail to the queue. Inside <see cref="InTransaction{T}"/> it joins the caller's
    /// transaction, so the mail is queued if and only if the caller's writes commit.
    /// </summary>
    void EnqueueMail(QueuedMail mail);

    /// <summary>
    /// Takes the oldest queued mail due by <paramref name="dueUtc"/> for one delivery attempt: it becomes
    /// <see cref="MailStatus.Sending"/> under a new attempt id held by <paramref name="claimant"/> until
    /// <paramref name="nowUtc"/> + <paramref name="lease"/>, its attempt count goes up and its log records
    /// the start. Null when nothing is due. Two claimants never hold the same mail at once.
    /// </summary>
    QueuedMail? ClaimDueMail(DateTime dueUtc, DateTime nowUtc, string claimant, TimeSpan lease);

    /// <summary>
    /// Puts back in the queue, due at once, every mail whose claim has expired — its holder died, or
    /// overran its lease — logging the attempt as interrupted; returns how many. A store that knows a
    /// claim's holder is gone (LiteDB: only one process opens the file, so a claim made before this
    /// store was opened belongs to a process that has ended) may release it before its lease runs out.
    /// </summary>
    int ReleaseExpiredMailClaims(DateTime nowUtc);

    /// <summary>
    /// Ends an attempt. <paramref name="status"/> is Sent, Queued (retry at <paramref name="nextAttemptUtc"/>)
    /// or Failed. False, and nothing written, when the mail is no longer in that attempt (its claim
    /// expired and was released or taken again). An attempt whose lease ran out but which nobody
    /// released yet still ends normally: its outcome is known, and recording it saves a second send.
    /// </summary>
    bool CompleteMailAttempt(string mailId, string attemptId, MailStatus status, DateTime nowUtc, string detail, DateTime? nextAttemptUtc = null);

    QueuedMail? GetMail(string id);

    /// <summary>Queued mail newest first, optionally of one status only, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<QueuedMail> ListMail(MailStatus? status, int limit);

    /// <summary>Runs the work in one transaction: all of its writes land, or none do.</summary>
    T InTransaction<T>(Func<T> work);

    /// <summary>
    /// <see cref="InTransaction{T}"/> that returns once the transaction is committed and visible,
    /// before it is durable; <paramref name="durable"/> completes (or faults) when it is on disk. The
    /// group committer acknowledges its callers then, and meanwhile runs the next batch. Stores that
    /// write synchronously return a completed task.
    /// </summary>
    T InTransactionDeferred<T>(Func<T> work, out Task durable)
    {
        var result = InTransaction(work);
        durable = Task.CompletedTask;
        return result;
    }

    /// <summary>
    /// Inside a transaction: waits until no other transaction of any process may write records, and
    /// holds that until this one ends, so that what it reads next is what its writes are checked
    /// against (intake's <c>partner_ref</c> and <c>block</c>-rule checks, with several server
    /// instances on one database). A store with one writer (LiteDB, whose lock admits one process)
    /// has nothing to wait for.
    /// </summary>
    void LockRecordWrites()
    {
    }

    /// <summary>Counts what the store holds (<c>crm db info</c>): reads every module's records, so not for frequent calls.</summary>
    StoreInfo Describe();

    /// <summary>
    /// Asks the database itself whether it answers, and its size: a health check's call, without
    /// counting anything. Throws what any store call throws while the database is out of reach.
    /// </summary>
    StoreHealth CheckHealth();

    /// <summary>
    /// Starts a run of a job unless another holds it: atomically, if no run of <see cref="JobRun.Job"/>
    /// holds a lease expiring after <paramref name="run"/>'s start, records <paramref name="run"/> (in
    /// progress) and gives it the lease until its <see cref="JobRun.LeaseExpiresUtc"/>; otherwise
    /// records nothing and answers with the run that holds it. A run whose lease expired without it
    /// finishing (its process died) is closed as failed when its lease is taken over. This is what
    /// keeps two processes from running the same job at once, so a store shared by several
    /// processes must decide it under a lock or constraint of its own, not in memory.
    /// </summary>
    /// <exception cref="ArgumentException">The run has no lease expiry, or has already ended.</exception>
    JobLease TryStartJobRun(JobRun run);

    /// <summary>Moves the lease of a run in progress to <paramref name="expiresUtc"/>; false when the run no longer holds it.</summary>
    bool RenewJobLease(string job, string runId, DateTime expiresUtc);

    /// <summary>
    /// Records a finished run (inserting it if it never started, as a skipped one), releases its lease
    /// if it holds it, and trims the job's history: runs in progress and the newest finished run stay,
    /// and of the other finished runs only the newest <paramref name="keepRunsWithWork"/> that did work or failed.
    /// </summary>
    void FinishJobRun(JobRun run, int keepRunsWithWork);

    /// <summary>The job's recorded runs, newest start first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<JobRun> ListJobRuns(string job, int limit);

    /// <summary>
    /// When this store first saw the job scheduled: set to <paramref name="nowUtc"/> on the first call
    /// and returned unchanged after. A slot before it was not missed, since nothing was watching it yet.
    /// </summary>
    DateTime TrackJob(string job, DateTime nowUtc);

    /// <summary>
    /// Writes a consistent copy of the whole database to <paramref name="destination"/> while the store
    /// stays in use (every committed write, nothing half-written), reads it back to check it, and
    /// returns what it holds. Refuses an existing destination unless <paramref name="overwrite"/>.
    /// </summary>
    /// <exception cref="Errors.CrmException">1001 when the copy does not read back as the store.</exception>
    StoreCopy BackupTo(string destination, bool overwrite = false);
}
