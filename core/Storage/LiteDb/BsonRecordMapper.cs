using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The one place records turn into documents and back. Values are stored as strings (the wire
/// form); each indexed field with a value also gets a folded shadow key (<c>k_&lt;field&gt;</c>) so
/// lookups are case-insensitive while the index itself stays ordinal and fast.
/// </summary>
/// <remarks>
/// The key is an array of one, indexed as <c>$.k_field[*]</c>: LiteDB gives a missing scalar an index
/// entry under null, but an array path on a missing field yields no key, so a record without the
/// value costs that index nothing. A new lead leaves its merge and relation ids empty; their six
/// index entries were ~7% of intake's throughput (<c>scripts/bench.sh intake</c>).
/// </remarks>
internal static class BsonRecordMapper
{
    public const string KeyPrefix = "k_";

    /// <summary>The index expression over a field's key.</summary>
    public static string KeyPath(string field) => $"$.{KeyPrefix}{field}[*]";

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
                document[KeyPrefix + field.Name] = new BsonArray { KeyFold.Fold(value) };
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
