using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    private ILiteCollection<BsonDocument> Sessions => _db.GetCollection("sessions");

    private ILiteCollection<BsonDocument> Sequences => _db.GetCollection("sequences");

    public SessionRecord? GetSession(string id)
    {
        var d = Gated(() => Sessions.FindById(id));
        return d is null
            ? null
            : new SessionRecord(
                d["_id"].AsString,
                d["user_id"].AsString,
                DateTime.SpecifyKind(d["created"].AsDateTime, DateTimeKind.Utc),
                DateTime.SpecifyKind(d["last_seen"].AsDateTime, DateTimeKind.Utc));
    }

    public void SaveSession(SessionRecord session) =>
        InTransaction(() => Sessions.Upsert(new BsonDocument
        {
            ["_id"] = session.Id,
            ["user_id"] = session.UserId,
            ["created"] = session.CreatedUtc,
            ["last_seen"] = session.LastSeenUtc,
        }));

    public void DeleteSession(string id) => InTransaction(() => Sessions.Delete(id));

    public int DeleteUserSessions(string userId) => InTransaction(() => Sessions.DeleteMany(StoreQuery.Equal("user_id", userId)));

    public int DeleteSessionsIdleSince(DateTime cutoffUtc) => InTransaction(() => Sessions.DeleteMany(StoreQuery.LessThan("last_seen", cutoffUtc)));

    public long NextSequence(string name) =>
        InTransaction(() =>
        {
            var current = Sequences.FindById(name);
            var next = (current?["value"].AsInt64 ?? 0) + 1;
            Sequences.Upsert(new BsonDocument { ["_id"] = name, ["value"] = next });
            return next;
        });
}
