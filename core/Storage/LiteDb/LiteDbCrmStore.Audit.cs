using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    private const string AuditRecordKey = "rk";

    private ILiteCollection<BsonDocument> AuditLog => _db.GetCollection("audit");

    public void AppendAudit(IEnumerable<AuditEntry> entries) =>
        InTransaction(() => AuditLog.InsertBulk(entries.Select(e => new BsonDocument
        {
            ["_id"] = ObjectId.NewObjectId(),
            [AuditRecordKey] = e.Module + "|" + e.RecordId,
            ["module"] = e.Module,
            ["record_id"] = e.RecordId,
            ["field"] = e.Field,
            ["before"] = e.Before is null ? BsonValue.Null : new BsonValue(e.Before),
            ["after"] = e.After is null ? BsonValue.Null : new BsonValue(e.After),
            ["user_id"] = e.UserId,
            ["date"] = e.DateUtc,
        })));

    public IReadOnlyList<AuditEntry> GetAudit(string module, string recordId) =>
        Gated(() => AuditLog.Find(StoreQuery.Equal(AuditRecordKey, module + "|" + recordId)).ToList())
            .Select(ToAuditEntry)
            .OrderBy(e => e.DateUtc)
            .ToList();

    private static AuditEntry ToAuditEntry(BsonDocument d) => new(
        d["module"].AsString,
        d["record_id"].AsString,
        d["field"].AsString,
        d["before"].IsNull ? null : d["before"].AsString,
        d["after"].IsNull ? null : d["after"].AsString,
        d["user_id"].AsString,
        DateTime.SpecifyKind(d["date"].AsDateTime, DateTimeKind.Utc));
}
