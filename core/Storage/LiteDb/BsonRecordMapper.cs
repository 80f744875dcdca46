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

    /// <summary>The number of the document's last write in the store's change sequence (<see cref="LiteDbCrmStore.RecordVersion"/>).</summary>
    public const string SequenceField = "_seq";

    /// <summary>The expression of the change-sequence index.</summary>
    public const string SequencePath = "$." + SequenceField;

    /// <summary>The name of the change-sequence index.</summary>
    public const string SequenceIndex = "seq";

    /// <summary>The index expression over a field's key.</summary>
    public static string KeyPath(string field) => $"$.{KeyPrefix}{field}[*]";

    /// <summary>The record's document; <paramref name="sequence"/> is its write's number in the change sequence (none when rewriting in place).</summary>
    public static BsonDocument ToDocument(CrmRecord record, ModuleDefinition module, long? sequence = null)
    {
        var document = new BsonDocument { ["_id"] = record.Id };
        if (sequence is { } number)
        {
            document[SequenceField] = number;
        }

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
            else if (!name.StartsWith(KeyPrefix, StringComparison.Ordinal) && name != SequenceField)
            {
                record[name] = value.IsNull ? null : value.AsString;
            }
        }

        return record;
    }
}
