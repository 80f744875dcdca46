using CrmIntegration.Core.Mail;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// <see cref="QueuedMail"/> ⇄ the <c>mail_queue</c> document. The delivery log is an array inside
/// the mail's own document, so a status change and its log line are one write.
/// </summary>
internal static class MailDocuments
{
    public const string Status = "status";
    public const string NextAttempt = "next_attempt";
    public const string Created = "created";

    public static string StatusName(MailStatus status) => status.ToString().ToLowerInvariant();

    public static BsonDocument ToDocument(QueuedMail mail) => new()
    {
        ["_id"] = mail.Id,
        [Status] = StatusName(mail.Status),
        ["kind"] = mail.Kind,
        ["module"] = mail.Module,
        ["record_id"] = mail.RecordId,
        ["to_user_id"] = mail.ToUserId,
        ["to"] = mail.To,
        ["from"] = mail.From,
        ["subject"] = mail.Subject,
        ["text_body"] = mail.TextBody,
        ["html_body"] = Nullable(mail.HtmlBody),
        ["message_id"] = mail.MessageId,
        [Created] = mail.CreatedUtc,
        [NextAttempt] = mail.NextAttemptUtc,
        ["attempts"] = mail.Attempts,
        ["attempt_id"] = Nullable(mail.AttemptId),
        ["claimed_by"] = Nullable(mail.ClaimedBy),
        ["lease_until"] = mail.LeaseUntilUtc is { } lease ? new BsonValue(lease) : BsonValue.Null,
        ["sent"] = mail.SentUtc is { } sent ? new BsonValue(sent) : BsonValue.Null,
        ["last_error"] = Nullable(mail.LastError),
        ["log"] = new BsonArray(mail.Log.Select(ToDocument)),
    };

    public static QueuedMail ToMail(BsonDocument d) => new()
    {
        Id = d["_id"].AsString,
        Status = Enum.Parse<MailStatus>(d[Status].AsString, ignoreCase: true),
        Kind = d["kind"].AsString,
        Module = d["module"].AsString,
        RecordId = d["record_id"].AsString,
        ToUserId = d["to_user_id"].AsString,
        To = d["to"].AsString,
        From = d["from"].AsString,
        Subject = d["subject"].AsString,
        TextBody = d["text_body"].AsString,
        HtmlBody = NullableString(d["html_body"]),
        MessageId = d["message_id"].AsString,
        CreatedUtc = Utc(d[Created]),
        NextAttemptUtc = Utc(d[NextAttempt]),
        Attempts = d["attempts"].AsInt32,
        AttemptId = NullableString(d["attempt_id"]),
        ClaimedBy = NullableString(d["claimed_by"]),
        LeaseUntilUtc = d["lease_until"].IsNull ? null : Utc(d["lease_until"]),
        SentUtc = d["sent"].IsNull ? null : Utc(d["sent"]),
        LastError = NullableString(d["last_error"]),
        Log = d["log"].AsArray.Select(e => ToEntry(e.AsDocument)).ToList(),
    };

    public static BsonDocument ToDocument(MailLogEntry entry) => new()
    {
        ["time"] = entry.TimeUtc,
        ["attempt_id"] = Nullable(entry.AttemptId),
        ["outcome"] = entry.Outcome,
        ["detail"] = entry.Detail,
    };

    private static MailLogEntry ToEntry(BsonDocument d) =>
        new(Utc(d["time"]), NullableString(d["attempt_id"]), d["outcome"].AsString, d["detail"].AsString);

    private static BsonValue Nullable(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    private static string? NullableString(BsonValue value) => value.IsNull ? null : value.AsString;

    private static DateTime Utc(BsonValue value) => DateTime.SpecifyKind(value.AsDateTime, DateTimeKind.Utc);
}
