using CrmIntegration.Core.Modules;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    /// <summary>Documents rewritten per transaction when a file's keys are brought to the current form.</summary>
    private const int RewriteBatch = 1_000;

    /// <summary>
    /// One index per field the registry marks <c>Indexed</c>, over the field's folded key
    /// (<see cref="BsonRecordMapper.KeyPath"/>), plus the <see cref="CreatedIndex"/> where it serves, plus the
    /// change-sequence index (<see cref="BsonRecordMapper.SequencePath"/>). Indexes the
    /// registry no longer asks for are dropped: they would still cost every insert their upkeep.
    /// A file from a version that stored keys as plain strings (indexed as <c>$.k_field</c>, which
    /// gives every record without a value an entry under null) has its documents rewritten first.
    /// </summary>
    private void EnsureRecordIndexes(ModuleDefinition module)
    {
        var collection = Collection(module.Name);
        var wanted = module.Fields
            .Where(f => f.Indexed && f.Name != CommonFields.Id)
            .ToDictionary(f => BsonRecordMapper.KeyPrefix + f.Name, f => BsonRecordMapper.KeyPath(f.Name), StringComparer.Ordinal);
        if (CreatedIndex.Serves(module.Name))
        {
            wanted[CreatedIndex.Name] = CreatedIndex.Expression;
        }

        wanted[BsonRecordMapper.SequenceIndex] = BsonRecordMapper.SequencePath;

        // Every index but the primary key is one of these, under this name and expression, or goes.
        var existing = _db.GetCollection("$indexes").Find(StoreQuery.Equal("collection", collection.Name))
            .Select(d => (Name: d["name"].AsString, Path: d["expression"].AsString))
            .Where(i => i.Name != "_id")
            .ToList();
        foreach (var stale in existing.Where(i => wanted.GetValueOrDefault(i.Name) != i.Path))
        {
            collection.DropIndex(stale.Name);
        }

        // An older version's plain-string keys were indexed as $.k_field (LiteDB then named the index
        // after its expression without punctuation).
        if (existing.Any(i => i.Path.StartsWith("$." + BsonRecordMapper.KeyPrefix, StringComparison.Ordinal) && !i.Path.EndsWith("[*]", StringComparison.Ordinal)))
        {
            RewriteKeys(collection, module);
        }

        foreach (var (name, path) in wanted)
        {
            collection.EnsureIndex(name, path);
        }
    }

    /// <summary>Rewrites every document from its record, in id order and batches, so its keys take the current form.</summary>
    private static void RewriteKeys(ILiteCollection<BsonDocument> collection, ModuleDefinition module)
    {
        var after = BsonValue.MinValue;
        while (true)
        {
            var batch = collection.Query().Where(StoreQuery.GreaterThan("_id", after)).OrderBy("_id").Limit(RewriteBatch).ToList();
            if (batch.Count == 0)
            {
                return;
            }

            collection.Update(batch.Select(d => BsonRecordMapper.ToDocument(BsonRecordMapper.ToRecord(d, module.Name), module)));
            after = batch[^1]["_id"];
        }
    }
}
