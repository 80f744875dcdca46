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

            var mail = MailDocuments.ToMail(due);
            var attemptId = Guid.NewGuid().ToString("N");
            var claimed = mail with
            {
                Status = MailStatus.Sending,
                Attempts = mail.Attempts + 1,
                AttemptId = attemptId,
                ClaimedBy = claimant,
                LeaseUntilUtc = nowUtc + lease,
                Log = [.. mail.Log, new MailLogEntry(nowUtc, attemptId, "sending", $"attempt {mail.Attempts + 1}")],
            };
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
                MailQueue.Update(MailDocuments.ToDocument(mail with
                {
                    Status = MailStatus.Queued,
                    NextAttemptUtc = nowUtc,
                    ClaimedBy = null,
                    AttemptId = null,
                    LeaseUntilUtc = null,
                    Log =
                    [
                        .. mail.Log,
                        new MailLogEntry(nowUtc, mail.AttemptId, "interrupted",
                            "the delivery run stopped, or overran its claim, before it recorded the outcome; the mail may have been sent, "
                            + "and is sent again with the same Message-Id"),
                    ],
                }));
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

            var outcome = status switch
            {
                MailStatus.Sent => "sent",
                MailStatus.Queued => "retry",
                _ => "failed",
            };
            return MailQueue.Update(MailDocuments.ToDocument(mail with
            {
                Status = status,
                NextAttemptUtc = nextAttemptUtc ?? mail.NextAttemptUtc,
                AttemptId = null,
                ClaimedBy = null,
                LeaseUntilUtc = null,
                SentUtc = status == MailStatus.Sent ? nowUtc : mail.SentUtc,
                LastError = status == MailStatus.Sent ? mail.LastError : detail,
                Log = [.. mail.Log, new MailLogEntry(nowUtc, attemptId, outcome, detail)],
            }));
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
