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
    /// The live records that user <paramref name="createdBy"/> created at or after
    /// <paramref name="since"/> (stored date_entered text), oldest first (ties by id):
    /// <paramref name="take"/> of them after the first <paramref name="skip"/>, and how many there
    /// are in all. Served by an index on creator and time, so the cost grows with the records since
    /// <paramref name="since"/>, not with all the user ever created: a partner polling for what it sent
    /// since its last poll reads only those (50,000 leads of one creator: a page since an hour ago
    /// ~8 ms; listing all of them ~60–150 ms, where loading them all had taken ~450 ms).
    /// </summary>
    /// <exception cref="InvalidOperationException">A module other than Leads.</exception>
    (IReadOnlyList<CrmRecord> Page, int Total) CreatedSince(string module, string createdBy, string since, int skip, int take);

    /// <summary>How many records the module holds, deleted ones included.</summary>
    int Count(string module);

    void Insert(CrmRecord record);

    /// <summary>Inserts many records in one transaction (bulk loads; far faster than one by one).</summary>
    void InsertMany(IEnumerable<CrmRecord> records);

    void Update(CrmRecord record);

    /// <summary>
    /// How many record writes (inserts and updates, soft deletes included) have committed since the
    /// store was opened. With <see cref="RecordChangesSince"/> it lets an in-memory index over records
    /// (duplicate matching) follow every writer without rescanning.
    /// </summary>
    long RecordVersion { get; }

    /// <summary>
    /// The records written by commits numbered above <paramref name="version"/>, or null when the store
    /// no longer remembers that far back (the caller then rebuilds from <see cref="Scan"/>).
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
    /// Takes the oldest queued mail due at <paramref name="nowUtc"/> for one delivery attempt: it
    /// becomes <see cref="MailStatus.Sending"/> under a new attempt id held by <paramref name="claimant"/>,
    /// its attempt count goes up and its log records the start. Null when nothing is due.
    /// </summary>
    QueuedMail? ClaimDueMail(DateTime nowUtc, string claimant);

    /// <summary>
    /// Puts back in the queue, due at once, every mail left <see cref="MailStatus.Sending"/> by
    /// another claimant, logging the attempt as interrupted; returns how many. Only one process
    /// opens the store at a time, so another claimant's attempt was cut short by a crash or a kill.
    /// </summary>
    int ReleaseMailClaims(string exceptClaimant, DateTime nowUtc);

    /// <summary>
    /// Ends an attempt. <paramref name="status"/> is Sent, Queued (retry at <paramref name="nextAttemptUtc"/>)
    /// or Failed. False, and nothing written, when the mail is no longer in that attempt.
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

    StoreInfo Describe();

    /// <summary>
    /// Writes a consistent copy of the whole database to <paramref name="destination"/> while the store
    /// stays in use (every committed write, nothing half-written), reads it back to check it, and
    /// returns what it holds. Refuses an existing destination unless <paramref name="overwrite"/>.
    /// </summary>
    /// <exception cref="Errors.CrmException">1001 when the copy does not read back as the store.</exception>
    StoreCopy BackupTo(string destination, bool overwrite = false);
}
