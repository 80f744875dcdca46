using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage;

/// <summary>
/// What <see cref="ICrmStore.Query"/> is asked: the records of one module that pass a parsed
/// filter, within the caller's read scope, live or also deleted, in an order, one page of them, and
/// (when asked) how many pass in all. Plain data over core's query tree (<c>core/Query</c>), so a
/// store can translate it for its engine — LiteDB index seeks and walks, SQL <c>WHERE</c>/<c>ORDER BY</c>.
/// </summary>
/// <remarks>
/// The meaning is fixed here, whatever the store: <see cref="Matches"/> says which records pass,
/// <see cref="Comparison"/> in what order, and <see cref="Apply"/> evaluates a whole query over records
/// in memory (what a store falls back to for anything it cannot push down, and what the store
/// contract tests compare every store with).
/// </remarks>
/// <param name="Module">The module's name as the registry knows it.</param>
public sealed record RecordQuery(string Module)
{
    /// <summary>The parsed <c>WHERE</c> condition; null for every record.</summary>
    public QueryExpression? Filter { get; init; }

    /// <summary>The <c>ORDER BY</c> terms; empty means oldest first (<c>date_entered</c>). Ids break every tie.</summary>
    public IReadOnlyList<OrderTerm> Order { get; init; } = [];

    /// <summary>Matching records to skip before the page starts (0 or more).</summary>
    public int Offset { get; init; }

    /// <summary>Records in the page at most; null for all of them.</summary>
    public int? Limit { get; init; }

    /// <summary>Whether <see cref="RecordPage.Total"/> must be filled in; counting may cost more than the page.</summary>
    public bool CountTotal { get; init; }

    /// <summary>Deleted records too (SugarCRM's <c>deleted=1</c>); otherwise live ones only.</summary>
    public bool IncludeDeleted { get; init; }

    /// <summary>What the caller may read (a partner: only what it created); null for everything.</summary>
    public ReadScope? Scope { get; init; }

    /// <summary>Whether the record passes: liveness, scope and filter.</summary>
    public bool Matches(CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (IncludeDeleted || !record.IsDeleted) && (Scope?.Allows(record) ?? true) && (Filter?.Matches(record) ?? true);
    }

    /// <summary>The order terms in force: <see cref="Order"/>, or <c>date_entered</c> ascending when there are none.</summary>
    public IReadOnlyList<OrderTerm> EffectiveOrder(ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Order.Count > 0 ? Order : [new OrderTerm(module.FindField(CommonFields.DateEntered)!, Descending: false)];
    }

    /// <summary>The page order (<see cref="RecordOrder"/> over <see cref="EffectiveOrder"/>, then id).</summary>
    public Comparison<CrmRecord> Comparison(ModuleDefinition module) => RecordOrder.Compare(EffectiveOrder(module));

    /// <summary>
    /// The query evaluated in memory over <paramref name="candidates"/>, which must include every record
    /// that passes (extra ones are filtered out): the reference semantics of <see cref="ICrmStore.Query"/>.
    /// </summary>
    public RecordPage Apply(IEnumerable<CrmRecord> candidates, ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var matches = candidates.Where(Matches).ToList();
        matches.Sort(Comparison(module));
        return new RecordPage(Page(matches).ToList(), CountTotal ? matches.Count : null);
    }

    /// <summary>The page of an ordered sequence of matches: <see cref="Offset"/>, then at most <see cref="Limit"/>.</summary>
    public IEnumerable<CrmRecord> Page(IEnumerable<CrmRecord> orderedMatches)
    {
        var page = orderedMatches.Skip(Math.Max(Offset, 0));
        return Limit is { } limit ? page.Take(Math.Max(limit, 0)) : page;
    }
}
