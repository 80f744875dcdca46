using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>
/// Finds an index lookup that can replace a full scan. A hint is only returned when it is sound:
/// every record the expression matches is among the hinted candidates.
/// </summary>
/// <remarks>
/// Sound because equality here is at least as strict as the store's key lookup: text compares as
/// <see cref="Text.KeyFold"/> keys, which is exactly what the store indexes; ids compare exactly,
/// which is stricter. Numeric fields (5 = 5.0), empty values (never indexed), LIKE, &lt;&gt;, ranges
/// and NOT give no hint. AND takes any operand's hint (a match satisfies all operands); OR needs a
/// hint from every operand and takes their union.
/// </remarks>
public static class QueryPlanner
{
    public static IndexHint? FindIndexHint(QueryExpression? expression, ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return expression switch
        {
            ComparisonExpression { Operator: ComparisonOperator.Equal } c => Lookup(module, [c.Field], [c.Constant.Value]),
            InExpression i => Lookup(module, [i.Field], i.Values.Select(v => v.Value).ToList()),
            EmailMatchExpression { Pattern: null } e => Lookup(module, e.Fields, e.Addresses),
            AndExpression a => a.Operands
                .Select(o => FindIndexHint(o, module))
                .OfType<IndexHint>()
                .MinBy(h => h.Fields.Count * h.Values.Count),
            OrExpression o => Union(o.Operands.Select(x => FindIndexHint(x, module)).ToList()),
            _ => null,
        };
    }

    private static IndexHint? Lookup(ModuleDefinition module, IReadOnlyList<FieldDefinition> fields, IReadOnlyList<string> values)
    {
        var usable = fields.Count > 0
            && fields.All(f => f.Indexed && ValueKinds.Of(f) != ValueKind.Numeric && module.FindField(f.Name) == f)
            && values.Count > 0
            && values.All(v => v.Length > 0);
        return usable ? new IndexHint(fields.Select(f => f.Name).ToList(), values.Distinct(StringComparer.Ordinal).ToList()) : null;
    }

    private static IndexHint? Union(IReadOnlyList<IndexHint?> hints)
    {
        if (hints.Count == 0 || hints.Any(h => h is null))
        {
            return null;
        }

        // The cross product of all fields and all values covers each operand's own pairs.
        return new IndexHint(
            hints.SelectMany(h => h!.Fields).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            hints.SelectMany(h => h!.Values).Distinct(StringComparer.Ordinal).ToList());
    }
}
