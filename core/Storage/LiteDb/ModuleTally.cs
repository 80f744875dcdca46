using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// How many live and deleted records a module holds, and per field asked for so far how many hold
/// each value (<see cref="FieldTally"/>). The store keeps it in step with every commit (it sees the
/// record before and after each write) and counts totals from it: LiteDB's own count loads every
/// matching document (75 ms for 20,000 leads of one status), and even an index-key count walks
/// every key (13 ms), where a tally answers in microseconds.
/// </summary>
/// <remarks>
/// Built from one pass over the module when first needed, and one more pass per field added
/// later; only fields that a paged query filters or orders by get one. In memory only: rebuilt
/// after a restart, so it can never disagree with the file.
/// </remarks>
internal sealed class ModuleTally(ModuleDefinition module)
{
    private readonly Dictionary<string, FieldTally> _fields = new(StringComparer.OrdinalIgnoreCase);

    public ModuleDefinition Module { get; } = module;

    public long Live { get; private set; }

    public long Deleted { get; private set; }

    /// <summary>Records whose <c>deleted</c> is neither "0" nor "1": while there are any, <c>deleted = 0</c> is not simply "live".</summary>
    public long Irregular { get; private set; }

    public IEnumerable<string> FieldNames => _fields.Keys;

    public FieldTally? Field(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Counts a record as read during a build (module counts, and the fields in <paramref name="into"/>).</summary>
    public void Count(IReadOnlyDictionary<string, string?> values, IReadOnlyList<FieldTally> into, bool moduleToo)
    {
        var deletedValue = values.GetValueOrDefault(CommonFields.Deleted);
        var deleted = deletedValue == "1";
        if (moduleToo)
        {
            AddModule(deletedValue, +1);
        }

        foreach (var field in into)
        {
            field.Apply(values.GetValueOrDefault(field.Field.Name), deleted, +1);
        }
    }

    /// <summary>Adds a field built by a pass over the module.</summary>
    public void Add(FieldTally field) => _fields[field.Field.Name] = field;

    /// <summary>Moves a committed write's record from its old values to its new ones (null: did not exist).</summary>
    public void Apply(CrmRecord? before, CrmRecord? after)
    {
        if (before is not null)
        {
            Change(before, -1);
        }

        if (after is not null)
        {
            Change(after, +1);
        }
    }

    private void Change(CrmRecord record, int sign)
    {
        var deletedValue = record[CommonFields.Deleted];
        AddModule(deletedValue, sign);
        foreach (var field in _fields.Values)
        {
            field.Apply(field.Field.Name == CommonFields.Id ? record.Id : record[field.Field.Name], deletedValue == "1", sign);
        }
    }

    private void AddModule(string? deletedValue, int sign)
    {
        if (deletedValue == "1")
        {
            Deleted += sign;
        }
        else
        {
            Live += sign;
        }

        if (deletedValue is not ("0" or "1"))
        {
            Irregular += sign;
        }
    }
}
