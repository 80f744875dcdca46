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
    /// <summary>A hint over the fields the registry marks <c>Indexed</c>, or null when there is none that is sound.</summary>
    public static IndexHint? FindIndexHint(QueryExpression? expression, ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Find(expression, module, derived: false);
    }

    /// <summary>
    /// <see cref="FindIndexHint"/>, and also through derived keys: an equality or IN on a field with a
    /// <see cref="FieldDefinition.Lookup"/> (Leads' <c>email1</c>) hints at its key field with the derived
    /// keys, provided every value has one.
    /// </summary>
    public static IndexHint? FindLookupHint(QueryExpression? expression, ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Find(expression, module, derived: true);
    }

    private static IndexHint? Find(QueryExpression? expression, ModuleDefinition module, bool derived) =>
        expression switch
        {
            ComparisonExpression { Operator: ComparisonOperator.Equal } c =>
                Lookup(module, [c.Field], [c.Constant.Value]) ?? Derived(module, c.Field, [c.Constant.Value], derived),
            InExpression i =>
                Lookup(module, [i.Field], i.Values.Select(v => v.Value).ToList()) ?? Derived(module, i.Field, i.Values.Select(v => v.Value).ToList(), derived),
            EmailMatchExpression { Pattern: null } e => Lookup(module, e.Fields, e.Addresses),
            AndExpression a => a.Operands
                .Select(o => Find(o, module, derived))
                .OfType<IndexHint>()
                .MinBy(h => h.Fields.Count * h.Values.Count),
            OrExpression o => Union(o.Operands.Select(x => Find(x, module, derived)).ToList()),
            _ => null,
        };

    private static IndexHint? Derived(ModuleDefinition module, FieldDefinition field, IReadOnlyList<string> values, bool derived)
    {
        if (!derived || field.Lookup is not { } lookup || module.FindField(field.Name) != field || values.Count == 0)
        {
            return null;
        }

        var keys = values.Select(lookup.Derive).ToList();
        return keys.All(k => !string.IsNullOrEmpty(k)) && module.FindField(lookup.KeyField) is { Indexed: true }
            ? new IndexHint([lookup.KeyField], keys.OfType<string>().Distinct(StringComparer.Ordinal).ToList())
            : null;
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
