using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    private const string LhsKey = "lk";
    private const string RhsKey = "rk";

    private ILiteCollection<BsonDocument> Relationships => _db.GetCollection("relationships");

    public IReadOnlyList<RelationshipRow> GetRelationshipRows(string relationship, RelationshipSide side, string id)
    {
        var key = side == RelationshipSide.Lhs ? LhsKey : RhsKey;
        return Gated(() => Relationships.Find(StoreQuery.Equal(key, relationship + "|" + id)).Select(ToRow).ToList());
    }

    public void SaveRelationshipRow(RelationshipRow row)
    {
        var extra = new BsonDocument();
        foreach (var (name, value) in row.Extra)
        {
            extra[name] = value is null ? BsonValue.Null : new BsonValue(value);
        }

        InTransaction(() => Relationships.Upsert(new BsonDocument
        {
            ["_id"] = row.Id,
            ["rel"] = row.Relationship,
            ["lhs"] = row.LhsId,
            ["rhs"] = row.RhsId,
            [LhsKey] = row.Relationship + "|" + row.LhsId,
            [RhsKey] = row.Relationship + "|" + row.RhsId,
            ["deleted"] = row.Deleted,
            ["date_modified"] = row.DateModified,
            ["extra"] = extra,
        }));
    }

    private static RelationshipRow ToRow(BsonDocument d) =>
        new(d["_id"].AsString, d["rel"].AsString, d["lhs"].AsString, d["rhs"].AsString)
        {
            Deleted = d["deleted"].AsBoolean,
            DateModified = DateTime.SpecifyKind(d["date_modified"].AsDateTime, DateTimeKind.Utc),
            Extra = d["extra"].AsDocument.ToDictionary(p => p.Key, p => p.Value.IsNull ? null : p.Value.AsString),
        };
}
