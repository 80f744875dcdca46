using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// How many live and how many deleted records hold each value of one field, keyed exactly as
/// queries compare values (<see cref="QueryConstant.StoredKey"/>: folded text, dates as stored, ids
/// exact), plus how many have no value to order by (null or empty). Part of a <see cref="ModuleTally"/>.
/// </summary>
internal sealed class FieldTally(FieldDefinition field)
{
    public FieldDefinition Field { get; } = field;

    public ValueKind Kind { get; } = ValueKinds.Of(field);

    public KeyMultiset Live { get; } = new();

    public KeyMultiset Deleted { get; } = new();

    /// <summary>Live records with no value to order by (null or empty): an ordered index walk would miss them.</summary>
    public long LiveUnordered { get; private set; }

    public long DeletedUnordered { get; private set; }

    /// <summary>Counts (sign +1) or uncounts (-1) a record's value.</summary>
    public void Apply(string? value, bool deleted, int sign)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (deleted)
            {
                DeletedUnordered += sign;
            }
            else
            {
                LiveUnordered += sign;
            }
        }

        if (QueryConstant.StoredKey(Kind, value) is { } key)
        {
            (deleted ? Deleted : Live).Add(key, sign);
        }
    }

    /// <summary>Records with no value to order by among those a query reads (live, or all).</summary>
    public long Unordered(bool includeDeleted) => LiveUnordered + (includeDeleted ? DeletedUnordered : 0);

    public long Count(string key, bool includeDeleted) => Live.Count(key) + (includeDeleted ? Deleted.Count(key) : 0);

    public long CountRange(KeyRange range, bool includeDeleted) =>
        Live.CountRange(range.Low, range.LowInclusive, range.High, range.HighInclusive)
        + (includeDeleted ? Deleted.CountRange(range.Low, range.LowInclusive, range.High, range.HighInclusive) : 0);

    /// <summary>Records of either state whose key is in the range: what an index range over the field reads.</summary>
    public long Stored(KeyRange range) => CountRange(range, includeDeleted: true);
}
