using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    /// <summary>Documents per gated read of <see cref="Scan"/>: other callers get the engine in between.</summary>
    private const int ScanBatch = 500;

    public CrmRecord? Get(string module, string id)
    {
        var name = Canonical(module);
        if (_cache.TryGet(name, id, out var cached))
        {
            return cached;
        }

        return Gated(() =>
        {
            var document = Collection(module).FindById(id);
            if (document is null)
            {
                return null;
            }

            Interlocked.Increment(ref _documentsRead);
            var record = BsonRecordMapper.ToRecord(document, name);
            if (_transactionDepth == 0)
            {
                _cache.Add(name, id, record);
            }

            return record;
        });
    }

    /// <summary>
    /// Reads in batches by ascending id, each under the gate, so a long scan neither holds the
    /// engine for its whole length nor loads the whole collection at once. A record written
    /// during the scan may or may not be seen; each one read is whole.
    /// </summary>
    public IEnumerable<CrmRecord> Scan(string module)
    {
        var name = Canonical(module);
        var after = BsonValue.MinValue;
        while (true)
        {
            var from = after;
            var batch = Gated(() => Read(Collection(module).Query()
                .Where(StoreQuery.GreaterThan("_id", from)).OrderBy("_id").Limit(ScanBatch).ToEnumerable()).ToList());
            foreach (var document in batch)
            {
                yield return BsonRecordMapper.ToRecord(document, name);
            }

            if (batch.Count < ScanBatch)
            {
                yield break;
            }

            after = batch[^1]["_id"];
        }
    }

    public IEnumerable<CrmRecord> FindByKey(string module, string field, string value)
    {
        var definition = _registry.Get(module);
        if (field == Modules.CommonFields.Id)
        {
            return Get(module, value) is { } byId ? [byId] : [];
        }

        if (definition.FindField(field) is not { Indexed: true } indexed)
        {
            throw new InvalidOperationException($"{definition.Name}.{field} is not indexed");
        }

        // Materialised under the gate: key lookups return few documents.
        var key = KeyFold.Fold(value);
        var documents = Gated(() => Read(Collection(module)
            .Find(StoreQuery.KeyEquals(indexed.Name, key)))
            .ToList());
        return documents.Select(d => BsonRecordMapper.ToRecord(d, definition.Name));
    }

    public int Count(string module) => Gated(() => Collection(module).Count());

    public void Insert(CrmRecord record) =>
        InTransaction(() =>
        {
            var module = _registry.Get(record.Module);
            var document = BsonRecordMapper.ToDocument(record, module, NextSequence());
            Forget(module.Name, record.Id);
            Collection(module.Name).Insert(document);
            Written(module.Name, record, before: null);
            return 0;
        });

    public void InsertMany(IEnumerable<CrmRecord> records) =>
        InTransaction(() =>
        {
            foreach (var group in records.GroupBy(r => _registry.Get(r.Module)))
            {
                var module = group.Key;
                var batch = group.ToList();
                var documents = new List<BsonDocument>(batch.Count);
                foreach (var record in batch)
                {
                    // Numbered in order, as if inserted one by one.
                    documents.Add(BsonRecordMapper.ToDocument(record, module, NextSequence() + documents.Count));
                    Forget(module.Name, record.Id);
                }

                Collection(module.Name).InsertBulk(documents);
                foreach (var record in batch)
                {
                    Written(module.Name, record, before: null);
                }
            }

            return 0;
        });

    public void Update(CrmRecord record)
    {
        if (!InTransaction(() =>
            {
                var module = _registry.Get(record.Module);
                var before = BeforeImage(module.Name, record.Id);
                var document = BsonRecordMapper.ToDocument(record, module, NextSequence());
                Forget(module.Name, record.Id);
                if (!Collection(module.Name).Update(document))
                {
                    return false;
                }

                Written(module.Name, record, before);
                return true;
            }))
        {
            throw new InvalidOperationException($"{record} does not exist; insert it instead");
        }
    }

    /// <summary>Called under the gate inside the write's transaction, before the write: drops the cached copy.</summary>
    private void Forget(string module, string id) => _cache.Remove(module, id);

    /// <summary>
    /// Called under the gate inside the transaction once the write succeeded: notes the change (it
    /// takes the next number of the change sequence), keeps a copy of what was written, which enters
    /// the cache if the transaction commits, and the record's before and after for the module's tally.
    /// </summary>
    private void Written(string module, CrmRecord record, CrmRecord? before)
    {
        var key = new RecordKey(module, record.Id);
        _uncommitted.Add(key);
        if (_cache.Enabled)
        {
            _written[key] = record.Clone();
        }

        NoteImage(key, before, record);
    }

    /// <summary>
    /// At commit, under the gate: the records just written become readable from the cache. Writes
    /// made inside transactions (all group commits) would otherwise never be cached, and the next
    /// readers — the duplicate index catching up, a client's get_entry — would each go to LiteDB.
    /// </summary>
    private void CacheWritten()
    {
        foreach (var (key, record) in _written)
        {
            _cache.Add(key.Module, key.Id, record);
        }

        _written.Clear();
    }

    private ILiteCollection<BsonDocument> Collection(string module) =>
        _db.GetCollection("m_" + _registry.Get(module).TableName);

    private string Canonical(string module) => _registry.Get(module).Name;
}
