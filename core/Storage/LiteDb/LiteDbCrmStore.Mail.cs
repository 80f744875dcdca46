using CrmIntegration.Core.Mail;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    /// <summary>Which opening of the file (<see cref="_instance"/>) holds a claim; kept beside the mail, not part of it.</summary>
    private const string ClaimStoreField = "claim_store";

    private ILiteCollection<BsonDocument> MailQueue => _db.GetCollection("mail_queue");

    public void EnqueueMail(QueuedMail mail) => InTransaction(() => MailQueue.Insert(MailDocuments.ToDocument(mail)));

    public QueuedMail? ClaimDueMail(DateTime dueUtc, DateTime nowUtc, string claimant, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        return InTransaction(() =>
        {
            var due = MailQueue.Query()
                .Where(BsonExpression.Create(
                    $"$.{MailDocuments.Status} = @0 AND $.{MailDocuments.NextAttempt} <= @1",
                    MailDocuments.StatusName(MailStatus.Queued), dueUtc))
                .OrderBy(MailDocuments.NextAttempt)
                .FirstOrDefault();
            if (due is null)
            {
                return null;
            }

            var claimed = MailDocuments.ToMail(due).Claimed(claimant, nowUtc, lease);
            var document = MailDocuments.ToDocument(claimed);
            document[ClaimStoreField] = _instance;
            MailQueue.Update(document);
            return claimed;
        });
    }

    public int ReleaseExpiredMailClaims(DateTime nowUtc) =>
        InTransaction(() =>
        {
            // Expired, or made under another opening of the file: the file lock lets one process open
            // it at a time, so that process has ended (a claim from before leases has no lease at all).
            var orphans = MailQueue.Find(LiteDB.Query.EQ(MailDocuments.Status, MailDocuments.StatusName(MailStatus.Sending)))
                .Where(d => d[ClaimStoreField] != _instance || MailDocuments.ToMail(d).LeaseUntilUtc is not { } until || until <= nowUtc)
                .Select(MailDocuments.ToMail)
                .ToList();
            foreach (var mail in orphans)
            {
                MailQueue.Update(MailDocuments.ToDocument(mail.Interrupted(nowUtc)));
            }

            return orphans.Count;
        });

    public bool CompleteMailAttempt(string mailId, string attemptId, MailStatus status, DateTime nowUtc, string detail, DateTime? nextAttemptUtc = null) =>
        InTransaction(() =>
        {
            if (MailQueue.FindById(mailId) is not { } document ||
                MailDocuments.ToMail(document) is not { Status: MailStatus.Sending } mail || mail.AttemptId != attemptId)
            {
                return false;
            }

            return MailQueue.Update(MailDocuments.ToDocument(mail.Completed(attemptId, status, nowUtc, detail, nextAttemptUtc)));
        });

    public QueuedMail? GetMail(string id) =>
        Gated(() => MailQueue.FindById(id)) is { } document ? MailDocuments.ToMail(document) : null;

    public IReadOnlyList<QueuedMail> ListMail(MailStatus? status, int limit) =>
        Gated(() =>
        {
            var query = MailQueue.Query();
            if (status is { } wanted)
            {
                query = query.Where(LiteDB.Query.EQ(MailDocuments.Status, MailDocuments.StatusName(wanted)));
            }

            return query.OrderByDescending(MailDocuments.Created).Limit(limit).ToList();
        }).Select(MailDocuments.ToMail).ToList();
}
