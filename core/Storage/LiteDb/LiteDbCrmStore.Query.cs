using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using LiteDB;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// <see cref="ICrmStore.Query"/> over LiteDB's indexes. In order of preference:
/// <list type="number">
/// <item>a small index seek or range (an equality, IN or email lookup; a comparison; a partner's own
/// leads by <see cref="CreatedIndex"/>), read whole;</item>
/// <item>a walk of the index of the first <c>ORDER BY</c> field, in page order, checking each record
/// and stopping once the page is complete — when it reads fewer records than the seek or range would,
/// judged from the module's <see cref="ModuleTally"/>, which then also gives the total;</item>
/// <item>the smallest seek or range, read whole, then sorted;</item>
/// <item>otherwise a scan, outside the gate, a batch at a time.</item>
/// </list>
/// Whatever is read, <see cref="RecordQuery.Matches"/> decides, so an index only ever narrows.
/// </summary>
public sealed partial class LiteDbCrmStore
{
    /// <summary>
    /// Records a seek or range may hold to be read whole at once; beyond this, tallies decide between
    /// reading it and walking the order's index. A selective lookup (an address, a reference, an id)
    /// is answered without building any tally.
    /// </summary>
    private const int ProbeLimit = 64;

    private long _documentsRead;

    /// <summary>Documents read from the engine so far, by every read path (for tests that check a plan reads only what it should).</summary>
    internal long DocumentsRead => Interlocked.Read(ref _documentsRead);

    /// <summary>
    /// LiteDB's own plan for the seek an equality on <paramref name="field"/> makes: which index it
    /// uses, or a full scan. For tests, since <see cref="DocumentsRead"/> counts what LiteDB returns,
    /// not what it looked at.
    /// </summary>
    internal BsonDocument SeekPlan(string module, string field, string value)
    {
        lock (_gate)
        {
            return Collection(module).Query().Where(StoreQuery.KeyEquals(field, Text.KeyFold.Fold(value))).GetPlan();
        }
    }

    public RecordPage Query(RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var module = _registry.Get(query.Module);
        var shape = QueryShape.Of(query, module);
        return Gated(() => Indexed(shape)) ?? query.Apply(Scan(module.Name), module);
    }

    /// <summary>The page from an index, or null when only a scan can answer. Under the gate.</summary>
    private RecordPage? Indexed(QueryShape shape)
    {
        var module = shape.Module;

        // Tallies are exact only for committed records; inside a transaction its own writes are not in them.
        var outside = _transactionDepth == 0;
        var known = outside ? _tallies.GetValueOrDefault(module.Name) : null;
        var sources = Sources(shape);
        foreach (var source in sources)
        {
            if (known is not null && source.Size(known) is { } size)
            {
                if (size <= ProbeLimit)
                {
                    return Finish(shape, source.Read(null));
                }

                continue;
            }

            var probe = source.Read(ProbeLimit);
            if (probe.Count <= ProbeLimit)
            {
                return Finish(shape, probe);
            }
        }

        var paged = shape.Walk is not null && shape.Query.Limit is not null;
        var tally = outside && (paged || sources.Count > 1) ? Tally(module, TalliedFields(shape)) : null;
        if (tally is not null && paged && ChooseWalk(shape, tally, sources) is { } plan)
        {
            return Walk(shape, shape.Walk!, plan);
        }

        var best = tally is null ? sources.FirstOrDefault() : sources.MinBy(s => s.Size(tally) ?? long.MaxValue);
        return best is null ? null : Finish(shape, best.Read(null));
    }

    /// <summary>Every seek and range that holds all the matches: a partner's own leads, the lookup hint, each indexed range.</summary>
    private List<Source> Sources(QueryShape shape)
    {
        var sources = new List<Source>();
        if (CreatedSource(shape) is { } created)
        {
            sources.Add(created);
        }

        if (shape.Hint is { } hint)
        {
            sources.Add(new Source(
                limit => Seek(shape, hint, limit),
                tally => hint.Fields.Select(tally.Field).ToList() is var fields && fields.All(f => f is not null)
                    ? fields.Sum(f => hint.Values.Sum(v => QueryConstant.StoredKey(f!.Kind, v) is { } key ? f.Count(key, includeDeleted: true) : 0))
                    : null));
        }

        foreach (var (field, range) in shape.Ranges)
        {
            sources.Add(new Source(
                limit => ReadRange(shape, field, range, descending: false, limit).ToList(),
                tally => tally.Field(field.Name)?.Stored(range)));
        }

        return sources;
    }

    private IEnumerable<FieldDefinition> TalliedFields(QueryShape shape)
    {
        var fields = new List<FieldDefinition>();
        if (shape.Walk is { } walk)
        {
            fields.Add(walk.Field);
        }

        if (shape.Count?.Field is { } counted)
        {
            fields.Add(counted);
        }

        fields.AddRange(shape.Ranges.Keys);
        fields.AddRange(shape.Hint?.Fields.Select(f => shape.Module.FindField(f)!) ?? []);

        // A creator's own records have an index of their own (CreatedIndex): sized like any other
        // range, so a partner's "my leads" is not read through a date range holding everyone's.
        var byCreator = CreatedSource(shape) is not null;
        if (byCreator)
        {
            fields.Add(shape.Module.FindField(CommonFields.CreatedBy)!);
        }

        // Only indexed fields: a tally holds a key per distinct value, worth it where an index is too.
        return fields.Where(f => f.Indexed || byCreator && f.Name == CommonFields.CreatedBy);
    }

    /// <summary>
    /// A seek or range holding every match: read it (given a limit, at most one document more, to tell
    /// it is bigger), and its size by a tally (null when the tally lacks its fields).
    /// </summary>
    private sealed record Source(Func<int?, List<BsonDocument>> Read, Func<ModuleTally, long?> Size);
}
