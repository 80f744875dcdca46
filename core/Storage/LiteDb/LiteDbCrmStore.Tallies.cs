using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The <see cref="ModuleTally"/> of each module a paged query has counted in: built under the gate
/// outside any transaction (so it sees exactly the committed records), then moved at every commit
/// from each written record's values before the transaction to its values after it.
/// </summary>
public sealed partial class LiteDbCrmStore
{
    private readonly Dictionary<string, ModuleTally> _tallies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the open transaction wrote in tallied modules: as they were before it, and as written last.</summary>
    private readonly Dictionary<RecordKey, (CrmRecord? Before, CrmRecord After)> _images = [];

    /// <summary>
    /// The module's tally holding at least <paramref name="fields"/>, building what is missing with one
    /// pass over the module. Under the gate, outside transactions only (see <see cref="Indexed"/>).
    /// </summary>
    private ModuleTally Tally(ModuleDefinition module, IEnumerable<FieldDefinition> fields)
    {
        var tally = _tallies.GetValueOrDefault(module.Name);
        var fresh = tally is null;
        tally ??= new ModuleTally(module);
        var missing = fields.Where(f => tally.Field(f.Name) is null).Distinct().Select(f => new FieldTally(f)).ToList();
        if (!fresh && missing.Count == 0)
        {
            return tally;
        }

        // Only the fields counted are read from each document.
        var names = missing.Select(f => f.Field.Name).Prepend(CommonFields.Deleted).ToList();
        var projection = "{" + string.Join(", ", names.Select((n, i) => $"f{i}: $.{(n == CommonFields.Id ? "_id" : n)}")) + "}";
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in Read(Collection(module.Name).Query().Select(BsonExpression.Create(projection)).ToEnumerable()))
        {
            values.Clear();
            for (var i = 0; i < names.Count; i++)
            {
                var value = document["f" + i];
                values[names[i]] = value.IsNull ? null : value.AsString;
            }

            tally.Count(values, missing, moduleToo: fresh);
        }

        foreach (var field in missing)
        {
            tally.Add(field);
        }

        _tallies[module.Name] = tally;
        return tally;
    }

    /// <summary>Before a write in a tallied module: the record as the transaction found it (null when it is new).</summary>
    private CrmRecord? BeforeImage(string module, string id)
    {
        var key = new RecordKey(module, id);
        if (!_tallies.ContainsKey(module) || _images.ContainsKey(key))
        {
            return null;
        }

        if (_cache.TryGet(module, id, out var cached))
        {
            return cached;
        }

        return Collection(module).FindById(id) is { } document ? BsonRecordMapper.ToRecord(document, module) : null;
    }

    /// <summary>After a write: the first write of a record in the transaction keeps its before, every write its after.</summary>
    private void NoteImage(RecordKey key, CrmRecord? before, CrmRecord after)
    {
        if (!_tallies.ContainsKey(key.Module))
        {
            return;
        }

        _images[key] = _images.TryGetValue(key, out var first) ? (first.Before, after.Clone()) : (before, after.Clone());
    }

    /// <summary>At commit, under the gate: every tally takes in what the transaction wrote.</summary>
    private void ApplyTallies()
    {
        foreach (var (key, (before, after)) in _images)
        {
            if (_tallies.TryGetValue(key.Module, out var tally))
            {
                try
                {
                    tally.Apply(before, after);
                }
                catch (InvalidOperationException)
                {
                    // It no longer matches the file (it cannot, unless a write went around the store):
                    // dropped, and built again from the file when next needed.
                    _tallies.Remove(key.Module);
                }
            }
        }

        _images.Clear();
    }
}
