using CrmIntegration.Core.Storage.Transfer;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>Reading and writing whole tables for <c>crm db copy</c> (<see cref="IStoreTransfer"/>).</summary>
public sealed partial class LiteDbCrmStore : IStoreTransfer
{
    public bool HoldsData() => Gated(() =>
        _registry.Modules.Any(m => Collection(m.Name).Count() > 0)
        || Relationships.Count() > 0 || AuditLog.Count() > 0 || Merges.Count() > 0 || MailQueue.Count() > 0);

    public IEnumerable<RelationshipRow> ScanRelationshipRows() => ScanInBatches(Relationships, ToRow);

    public void SaveRelationshipRows(IReadOnlyList<RelationshipRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        InTransaction(() =>
        {
            foreach (var row in rows)
            {
                SaveRelationshipRow(row);
            }

            return 0;
        });
    }

    public IEnumerable<AuditEntry> ScanAudit() => ScanInBatches(AuditLog, ToAuditEntry);

    public IReadOnlyDictionary<string, long> ReadSequences() =>
        Gated(() => Sequences.FindAll().ToDictionary(d => d["_id"].AsString, d => d["value"].AsInt64, StringComparer.Ordinal));

    public void SetSequences(IReadOnlyDictionary<string, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        InTransaction(() =>
        {
            foreach (var (name, value) in values)
            {
                Sequences.Upsert(new BsonDocument { ["_id"] = name, ["value"] = value });
            }

            return 0;
        });
    }

    /// <summary>
    /// A collection in <c>_id</c> order, a batch at a time under the gate, so a long copy never
    /// holds the store (the server keeps serving partners while a copy reads).
    /// </summary>
    private IEnumerable<T> ScanInBatches<T>(ILiteCollection<BsonDocument> collection, Func<BsonDocument, T> map)
    {
        const int Batch = 1_000;
        BsonValue after = BsonValue.MinValue;
        while (true)
        {
            var from = after;
            var documents = Gated(() => collection.Query().Where(LiteDB.Query.GT("_id", from)).OrderBy("_id").Limit(Batch).ToList());
            foreach (var document in documents)
            {
                yield return map(document);
            }

            if (documents.Count < Batch)
            {
                yield break;
            }

            after = documents[^1]["_id"];
        }
    }
}
