using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// The ordered index walk of <see cref="Query"/>, and the partner's-own-leads source: what lets a
/// page of 20 out of 100,000 read about 20 ÷ (share of records that match) documents.
/// </summary>
public sealed partial class LiteDbCrmStore
{
    /// <summary>
    /// Walking the first order field's index (within a range on it, if the query has one) when it is
    /// expected to read fewer documents than the cheapest source: the matches are spread along the
    /// walk, so finding <see cref="QueryShape.Needed"/> of them reads about Needed × walked ÷ matches.
    /// Not when a record the query could match has no value there (the index leaves it out), nor when
    /// the total is asked for and the tally cannot count it, nor when the walk would read it all.
    /// </summary>
    private WalkPlan? ChooseWalk(QueryShape shape, ModuleTally tally, List<Source> sources)
    {
        var walk = shape.Walk!;
        var field = tally.Field(walk.Field.Name)!;
        var (live, deletedToo, total) = Total(shape, tally);
        if ((live ? field.LiveUnordered : 0) + (deletedToo ? field.DeletedUnordered : 0) > 0 || (shape.Query.CountTotal && total is null))
        {
            return null;
        }

        var range = shape.Ranges.GetValueOrDefault(walk.Field) ?? KeyRange.All;
        var walked = field.Stored(range);
        var sizes = sources.Select(s => s.Size(tally)).OfType<long>().ToList();
        var matches = total ?? (sizes.Count > 0 ? sizes.Min() : walked);
        var reads = matches <= 0 ? walked : (long)Math.Min(walked, Math.Ceiling((double)shape.Needed * walked / matches));
        var cheapest = sizes.Count > 0 ? sizes.Min() : long.MaxValue;
        return reads < walked && reads <= cheapest ? new WalkPlan(range, total) : null;
    }

    /// <summary>
    /// Which records the query can match (live; deleted too), and how many it matches when the tally
    /// can count its condition: <c>deleted = 0|1</c> in the condition narrows the first two only while
    /// every stored <c>deleted</c> is exactly 0 or 1.
    /// </summary>
    private static (bool Live, bool DeletedToo, long? Total) Total(QueryShape shape, ModuleTally tally)
    {
        var includeDeleted = shape.Query.IncludeDeleted;
        var count = shape.Count;
        if (count?.DeletedEquals is { } deleted && tally.Irregular == 0)
        {
            var (live, deletedToo) = (deleted == 0, includeDeleted && deleted == 1);
            return (live, deletedToo, count.Field is null || tally.Field(count.Field.Name) is not null ? count.CountIn(tally, live, deletedToo) : null);
        }

        var countable = count is { DeletedEquals: null } && (count.Field is null || tally.Field(count.Field.Name) is not null);
        return (true, includeDeleted, countable ? count!.CountIn(tally, live: true, includeDeleted) : null);
    }

    /// <summary>
    /// Walks the index in the page's order, checks each record, and stops at the first key change after
    /// enough matches: records with equal keys come from LiteDB in no useful order, so each run of
    /// them is gathered and sorted by the full order (later terms, then id) before it joins the page.
    /// </summary>
    private RecordPage Walk(QueryShape shape, OrderTerm walk, WalkPlan plan)
    {
        var query = shape.Query;
        var comparison = query.Comparison(shape.Module);
        var keyField = BsonRecordMapper.KeyPrefix + walk.Field.Name;
        var ordered = new List<CrmRecord>();
        var run = new List<CrmRecord>();
        string? runKey = null;

        void Flush()
        {
            run.Sort(comparison);
            ordered.AddRange(run);
            run.Clear();
        }

        foreach (var document in ReadRange(shape, walk.Field, plan.Range, walk.Descending, limit: null))
        {
            var key = document[keyField].AsArray[0].AsString;
            if (key != runKey)
            {
                Flush();
                if (ordered.Count >= shape.Needed)
                {
                    break;
                }

                runKey = key;
            }

            var record = BsonRecordMapper.ToRecord(document, shape.Module.Name);
            if (query.Matches(record))
            {
                run.Add(record);
            }
        }

        Flush();
        return new RecordPage(Whole(shape, query.Page(ordered).ToList()), query.CountTotal ? (int?)plan.Total : null);
    }

    /// <summary>
    /// A creator's leads (<c>created_by</c> = X, from a partner's scope or the filter): its live ones from
    /// a time on when the filter bounds <c>date_entered</c> below, or all of them with deleted ones —
    /// one range of the <see cref="CreatedIndex"/> either way.
    /// </summary>
    private Source? CreatedSource(QueryShape shape)
    {
        var module = shape.Module;
        if (!CreatedIndex.Serves(module.Name)
            || shape.Conjuncts.OfType<ComparisonExpression>().FirstOrDefault(c =>
                c is { Field.Name: CommonFields.CreatedBy, Operator: ComparisonOperator.Equal } && module.FindField(c.Field.Name) == c.Field) is not { } creator)
        {
            return null;
        }

        var createdBy = creator.Constant.Value;
        var since = module.FindField(CommonFields.DateEntered) is { } entered && shape.Ranges.GetValueOrDefault(entered) is { Low: { } low } ? low : "";
        return new Source(
            limit =>
            {
                var range = Project(shape.Query.IncludeDeleted
                    ? CreatedIndex.All(Collection(module.Name), createdBy)
                    : CreatedIndex.LiveSince(Collection(module.Name), createdBy, since), shape);
                return Read((limit is { } cap ? range.Limit(cap + 1) : range).ToEnumerable()).ToList();
            },
            tally => tally.Field(CommonFields.CreatedBy)?.Count(createdBy, shape.Query.IncludeDeleted));
    }

    /// <summary>The range of the walk, and the total when the query asks for it (counted from the tally).</summary>
    private sealed record WalkPlan(KeyRange Range, long? Total);
}
