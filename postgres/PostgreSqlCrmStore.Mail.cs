using System.Text.Json;
using CrmIntegration.Core.Mail;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// The mail queue: each mail whole as <c>jsonb</c>, with the columns the queue is searched by beside
/// it. A claim takes the oldest due mail with <c>FOR UPDATE SKIP LOCKED</c>, so instances delivering
/// at the same time never take the same mail; a claim whose lease ran out (its instance died, or
/// overran) is released and the mail taken again.
/// </summary>
public sealed partial class PostgreSqlCrmStore
{
    private const string MailColumns = "id, status, created_utc, next_attempt_utc, lease_until_utc, mail";

    public void EnqueueMail(QueuedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Write((connection, transaction) => Execute(connection, transaction,
            $"INSERT INTO crm_mail ({MailColumns}) VALUES ($1, $2, $3, $4, $5, $6::jsonb)", MailRow(mail)));
    }

    public QueuedMail? ClaimDueMail(DateTime dueUtc, DateTime nowUtc, string claimant, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        return Write((connection, transaction) =>
        {
            var due = ReadJson<QueuedMail>(connection, transaction,
                "SELECT mail FROM crm_mail WHERE status = $1 AND next_attempt_utc <= $2 ORDER BY next_attempt_utc LIMIT 1 FOR UPDATE SKIP LOCKED",
                nameof(MailStatus.Queued), Utc(dueUtc)).SingleOrDefault();
            if (due is null)
            {
                return null;
            }

            var claimed = due.Claimed(claimant, nowUtc, lease);
            Replace(connection, transaction, claimed);
            return claimed;
        });
    }

    public int ReleaseExpiredMailClaims(DateTime nowUtc) => Write((connection, transaction) =>
    {
        var orphans = ReadJson<QueuedMail>(connection, transaction,
            "SELECT mail FROM crm_mail WHERE status = $1 AND (lease_until_utc IS NULL OR lease_until_utc <= $2) FOR UPDATE SKIP LOCKED",
            nameof(MailStatus.Sending), Utc(nowUtc));
        foreach (var mail in orphans)
        {
            Replace(connection, transaction, mail.Interrupted(nowUtc));
        }

        return orphans.Count;
    });

    public bool CompleteMailAttempt(string mailId, string attemptId, MailStatus status, DateTime nowUtc, string detail, DateTime? nextAttemptUtc = null) =>
        Write((connection, transaction) =>
        {
            if (ReadJson<QueuedMail>(connection, transaction, "SELECT mail FROM crm_mail WHERE id = $1 FOR UPDATE", mailId).SingleOrDefault()
                is not { Status: MailStatus.Sending } mail || mail.AttemptId != attemptId)
            {
                return false;
            }

            Replace(connection, transaction, mail.Completed(attemptId, status, nowUtc, detail, nextAttemptUtc));
            return true;
        });

    public QueuedMail? GetMail(string id) =>
        Use((connection, transaction) => ReadJson<QueuedMail>(connection, transaction, "SELECT mail FROM crm_mail WHERE id = $1", id).SingleOrDefault());

    public IReadOnlyList<QueuedMail> ListMail(MailStatus? status, int limit) => Use((connection, transaction) => status is { } wanted
        ? ReadJson<QueuedMail>(connection, transaction, "SELECT mail FROM crm_mail WHERE status = $1 ORDER BY created_utc DESC, id DESC LIMIT $2", wanted.ToString(), limit)
        : ReadJson<QueuedMail>(connection, transaction, "SELECT mail FROM crm_mail ORDER BY created_utc DESC, id DESC LIMIT $1", limit));

    private static void Replace(NpgsqlConnection connection, NpgsqlTransaction transaction, QueuedMail mail) =>
        Execute(connection, transaction,
            "UPDATE crm_mail SET status = $2, created_utc = $3, next_attempt_utc = $4, lease_until_utc = $5, mail = $6::jsonb WHERE id = $1",
            MailRow(mail));

    private static object?[] MailRow(QueuedMail mail) =>
    [
        mail.Id, mail.Status.ToString(), Utc(mail.CreatedUtc), Utc(mail.NextAttemptUtc),
        mail.LeaseUntilUtc is { } until ? Utc(until) : null, JsonSerializer.Serialize(mail),
    ];
}
