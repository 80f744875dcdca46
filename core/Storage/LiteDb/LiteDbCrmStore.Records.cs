using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

public sealed partial class LiteDbCrmStore
{
    public CrmRecord? Get(string module, string id)
    {
        var document = Collection(module).FindById(id);
        return document is null ? null : BsonRecordMapper.ToRecord(document, Canonical(module));
    }

    public IEnumerable<CrmRecord> Scan(string module)
    {
        var name = Canonical(module);
        return Collection(module).FindAll().Select(d => BsonRecordMapper.ToRecord(d, name));
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

        return Collection(module)
            .Find(LiteDB.Query.EQ(BsonRecordMapper.KeyPrefix + indexed.Name, KeyFold.Fold(value)))
            .Select(d => BsonRecordMapper.ToRecord(d, definition.Name));
    }

    public int Count(string module) => Collection(module).Count();

    public void Insert(CrmRecord record) =>
        InTransaction(() => Collection(record.Module).Insert(BsonRecordMapper.ToDocument(record, _registry.Get(record.Module))));

    public void InsertMany(IEnumerable<CrmRecord> records) =>
        InTransaction(() =>
        {
            foreach (var group in records.GroupBy(r => r.Module))
            {
                var module = _registry.Get(group.Key);
                Collection(group.Key).InsertBulk(group.Select(r => BsonRecordMapper.ToDocument(r, module)));
            }

            return 0;
        });

    public void Update(CrmRecord record)
    {
        if (!InTransaction(() => Collection(record.Module).Update(BsonRecordMapper.ToDocument(record, _registry.Get(record.Module)))))
        {
            throw new InvalidOperationException($"{record} does not exist; insert it instead");
        }
    }

    private ILiteCollection<BsonDocument> Collection(string module) =>
        _db.GetCollection("m_" + _registry.Get(module).TableName);

    private string Canonical(string module) => _registry.Get(module).Name;
}
