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
            var batch = Gated(() => Collection(module).Query()
                .Where(StoreQuery.GreaterThan("_id", from)).OrderBy("_id").Limit(ScanBatch).ToList());
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
        var documents = Gated(() => Collection(module)
            .Find(StoreQuery.KeyEquals(indexed.Name, key))
            .ToList());
        return documents.Select(d => BsonRecordMapper.ToRecord(d, definition.Name));
    }

    public (IReadOnlyList<CrmRecord> Page, int Total) CreatedSince(string module, string createdBy, string since, int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var name = Canonical(module);
        if (!CreatedIndex.Serves(name))
        {
            throw new InvalidOperationException($"{name} has no index by creator and time");
        }

        var (documents, total) = Gated(() => (
            CreatedIndex.LiveSince(Collection(module), createdBy, since).Skip(skip).Limit(take).ToList(),
            CreatedIndex.LiveSince(Collection(module), createdBy, since).Count()));
        return (documents.Select(d => BsonRecordMapper.ToRecord(d, name)).ToList(), total);
    }

    public int Count(string module) => Gated(() => Collection(module).Count());

    public void Insert(CrmRecord record) =>
        InTransaction(() =>
        {
            Forget(record);
            return Collection(record.Module).Insert(BsonRecordMapper.ToDocument(record, _registry.Get(record.Module)));
        });

    public void InsertMany(IEnumerable<CrmRecord> records) =>
        InTransaction(() =>
        {
            foreach (var group in records.GroupBy(r => r.Module))
            {
                var module = _registry.Get(group.Key);
                Collection(group.Key).InsertBulk(group.Select(r =>
                {
                    Forget(r);
                    return BsonRecordMapper.ToDocument(r, module);
                }));
            }

            return 0;
        });

    public void Update(CrmRecord record)
    {
        if (!InTransaction(() =>
            {
                Forget(record);
                return Collection(record.Module).Update(BsonRecordMapper.ToDocument(record, _registry.Get(record.Module)));
            }))
        {
            throw new InvalidOperationException($"{record} does not exist; insert it instead");
        }
    }

    public long RecordVersion => _changes.Version;

    public RecordChanges? RecordChangesSince(long version) => _changes.Since(version);

    /// <summary>
    /// Called under the gate inside the write's transaction: drops the cached copy, notes the change,
    /// and keeps a copy of what is written, which enters the cache if the transaction commits.
    /// </summary>
    private void Forget(CrmRecord record)
    {
        var module = Canonical(record.Module);
        var key = new RecordKey(module, record.Id);
        _cache.Remove(module, record.Id);
        _uncommitted.Add(key);
        if (_cache.Enabled)
        {
            _written[key] = record.Clone();
        }
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
