using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// What a <see cref="RecordQuery"/> offers the store's indexes: the read scope and filter as one
/// condition and its AND terms; an index seek that holds every match (<see cref="QueryPlanner"/>);
/// index ranges from comparisons; the index whose order is the page order; and whether the total can
/// be counted from a <see cref="ModuleTally"/> instead of from the matches.
/// </summary>
internal sealed class QueryShape
{
    private QueryShape(RecordQuery query, ModuleDefinition module)
    {
        Query = query;
        Module = module;
        var scope = query.Scope is { } s && module.FindField(s.Field) is { } field
            ? new ComparisonExpression(field, ComparisonOperator.Equal, QueryConstant.For(field, s.Value)!)
            : null;
        Condition = (scope, query.Filter) switch
        {
            (null, var filter) => filter,
            (var only, null) => only,
            (var both, var filter) => new AndExpression([both, filter]),
        };
        Conjuncts = Flatten(Condition).ToList();
        Hint = QueryPlanner.FindLookupHint(Condition, module);
        Ranges = IndexRanges(module, Conjuncts);
        Order = query.EffectiveOrder(module);
        Walk = Order[0] is var first && Walkable(module, first.Field) ? first : null;
        Count = CountShape.Of(module, Conjuncts);
        Projection = query.Limit is null ? null : ProjectionOf(module, Condition, Order);
    }

    public RecordQuery Query { get; }

    public ModuleDefinition Module { get; }

    /// <summary>Scope and filter together; null when neither restricts anything.</summary>
    public QueryExpression? Condition { get; }

    public IReadOnlyList<QueryExpression> Conjuncts { get; }

    /// <summary>Index keys whose records include every match, or null.</summary>
    public IndexHint? Hint { get; }

    /// <summary>Per field, the key range every match lies in, where the field's index can serve it.</summary>
    public IReadOnlyDictionary<FieldDefinition, KeyRange> Ranges { get; }

    public IReadOnlyList<OrderTerm> Order { get; }

    /// <summary>The first order term, when walking its field's index gives the page order (ties aside).</summary>
    public OrderTerm? Walk { get; }

    /// <summary>How to count the matches from tallies, or null when only reading them can.</summary>
    public CountShape? Count { get; }

    /// <summary>
    /// For a paged query, the LiteDB projection holding what deciding and ordering a record needs —
    /// id, <c>deleted</c>, every field the condition or the order names, and the order fields' keys —
    /// so candidates are read without decoding their other fields, and only the page is read whole.
    /// Null when every record read is returned anyway (no limit).
    /// </summary>
    public string? Projection { get; }

    /// <summary>Matches to find before the page is complete: the offset plus the page (all, when unlimited).</summary>
    public long Needed => Query.Limit is { } limit ? (long)Math.Max(Query.Offset, 0) + Math.Max(limit, 0) : long.MaxValue;

    public static QueryShape Of(RecordQuery query, ModuleDefinition module) => new(query, module);

    /// <summary>
    /// A field's index (keys folded: <see cref="BsonRecordMapper.KeyPath"/>) sorts as <see cref="RecordOrder"/>
    /// does for text and dates; ids compare exactly and numbers numerically, which folded text keys do not.
    /// </summary>
    public static bool Walkable(ModuleDefinition module, FieldDefinition field) =>
        field.Indexed && field.Name != CommonFields.Id && module.FindField(field.Name) == field &&
        ValueKinds.Of(field) is ValueKind.Text or ValueKind.Temporal;

    private static string? ProjectionOf(ModuleDefinition module, QueryExpression? condition, IReadOnlyList<OrderTerm> order)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { CommonFields.Deleted };
        if (!Collect(condition, names))
        {
            return null;
        }

        foreach (var term in order)
        {
            names.Add(term.Field.Name);
            if (term.Field.Indexed)
            {
                names.Add(BsonRecordMapper.KeyPrefix + term.Field.Name);
            }
        }

        names.Remove(CommonFields.Id);
        return "{_id: $._id" + string.Concat(names.Where(n => module.FindField(n) is not null || n.StartsWith(BsonRecordMapper.KeyPrefix, StringComparison.Ordinal))
            .Select(n => $", {n}: $.{n}")) + "}";
    }

    /// <summary>Adds the fields the condition reads; false for a node it does not know (then nothing is projected).</summary>
    private static bool Collect(QueryExpression? expression, ISet<string> names)
    {
        switch (expression)
        {
            case null:
                return true;
            case ComparisonExpression c:
                return names.Add(c.Field.Name) || true;
            case InExpression i:
                return names.Add(i.Field.Name) || true;
            case LikeExpression l:
                return names.Add(l.Field.Name) || true;
            case IsNullExpression n:
                return names.Add(n.Field.Name) || true;
            case EmailMatchExpression e:
                names.UnionWith(e.Fields.Select(f => f.Name));
                return true;
            case NotExpression not:
                return Collect(not.Operand, names);
            case AndExpression and:
                return and.Operands.All(o => Collect(o, names));
            case OrExpression or:
                return or.Operands.All(o => Collect(o, names));
            default:
                return false;
        }
    }

    private static IEnumerable<QueryExpression> Flatten(QueryExpression? expression) =>
        expression switch
        {
            null => [],
            AndExpression and => and.Operands.SelectMany(Flatten),
            _ => [expression],
        };

    /// <summary>
    /// Comparisons that bound an indexed text or date field. A text field's index leaves out empty
    /// values, which sort below every other; so only a range that excludes them (a lower bound above
    /// '') may be read from it. Empty dates count as missing and never match a comparison.
    /// </summary>
    private static Dictionary<FieldDefinition, KeyRange> IndexRanges(ModuleDefinition module, IEnumerable<QueryExpression> conjuncts)
    {
        var ranges = new Dictionary<FieldDefinition, KeyRange>();
        foreach (var c in conjuncts.OfType<ComparisonExpression>())
        {
            if (!Walkable(module, c.Field) || c.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
            {
                continue;
            }

            var range = ranges.GetValueOrDefault(c.Field) ?? KeyRange.All;
            ranges[c.Field] = c.Operator switch
            {
                ComparisonOperator.Greater => range.WithLow(c.Constant.Key, inclusive: false),
                ComparisonOperator.GreaterOrEqual => range.WithLow(c.Constant.Key, inclusive: true),
                ComparisonOperator.Less => range.WithHigh(c.Constant.Key, inclusive: false),
                _ => range.WithHigh(c.Constant.Key, inclusive: true),
            };
        }

        foreach (var (field, range) in ranges.ToList())
        {
            var excludesEmpty = range.Low is { Length: > 0 } || (range.Low is "" && !range.LowInclusive);
            if (ValueKinds.Of(field) == ValueKind.Text && !excludesEmpty)
            {
                ranges.Remove(field);
            }
        }

        return ranges;
    }
}
