using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The one place records turn into documents and back. Values are stored as strings (the wire
/// form); each indexed field also gets a folded shadow key (<c>k_&lt;field&gt;</c>) so lookups are
/// case-insensitive while the index itself stays ordinal and fast.
/// </summary>
internal static class BsonRecordMapper
{
    public const string KeyPrefix = "k_";

    public static BsonDocument ToDocument(CrmRecord record, ModuleDefinition module)
    {
        var document = new BsonDocument { ["_id"] = record.Id };
        foreach (var (name, value) in record.Values)
        {
            if (name == CommonFields.Id)
            {
                continue;
            }

            document[name] = value is null ? BsonValue.Null : new BsonValue(value);
        }

        foreach (var field in module.Fields)
        {
            if (field.Indexed && field.Name != CommonFields.Id && record[field.Name] is { Length: > 0 } value)
            {
                document[KeyPrefix + field.Name] = KeyFold.Fold(value);
            }
        }

        return document;
    }

    public static CrmRecord ToRecord(BsonDocument document, string module)
    {
        var record = new CrmRecord(module);
        foreach (var (name, value) in document)
        {
            if (name == "_id")
            {
                record.Id = value.AsString;
            }
            else if (!name.StartsWith(KeyPrefix, StringComparison.Ordinal))
            {
                record[name] = value.IsNull ? null : value.AsString;
            }
        }

        return record;
    }
}
