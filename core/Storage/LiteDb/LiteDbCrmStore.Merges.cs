using System.Text.Json;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    // The journal is kept as one JSON text per merge: it is read whole (undo, show), never
    // queried inside, and JSON keeps the format readable and independent of the engine.
    private static readonly JsonSerializerOptions JournalJson = new() { WriteIndented = false };

    private ILiteCollection<BsonDocument> Merges => _db.GetCollection("merges");

    public void SaveMergeJournal(MergeJournal journal) =>
        InTransaction(() => Merges.Upsert(new BsonDocument
        {
            ["_id"] = journal.MergeId,
            ["module"] = journal.Module,
            ["date"] = journal.DateUtc,
            ["journal"] = JsonSerializer.Serialize(journal, JournalJson),
        }));

    public MergeJournal? GetMergeJournal(string mergeId) =>
        Gated(() => Merges.FindById(mergeId)) is { } document ? ToJournal(document) : null;

    public IReadOnlyList<MergeJournal> ListMergeJournals(string? module = null) =>
        Gated(() => Merges.FindAll().ToList())
            .Where(d => module is null || string.Equals(d["module"].AsString, module, StringComparison.OrdinalIgnoreCase))
            .Select(ToJournal)
            .OrderByDescending(j => j.DateUtc)
            .ThenByDescending(j => j.MergeId, StringComparer.Ordinal)
            .ToList();

    private static MergeJournal ToJournal(BsonDocument document) =>
        JsonSerializer.Deserialize<MergeJournal>(document["journal"].AsString, JournalJson)
        ?? throw new InvalidDataException($"Merge journal {document["_id"].AsString} is empty");
}
