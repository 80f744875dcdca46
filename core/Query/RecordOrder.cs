using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;

namespace CrmIntegration.Core.Query;

/// <summary>
/// Orders records by ORDER BY terms with the same value semantics as conditions: numbers
/// numerically, dates by their ISO strings, ids exactly, text by folded key. Missing values sort
/// first ascending (last descending), as NULLs do in MySQL. Ids break remaining ties, so pages
/// are stable from one request to the next.
/// </summary>
public static class RecordOrder
{
    public static Comparison<CrmRecord> Compare(IReadOnlyList<OrderTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var compiled = terms.Select(t => (t.Field.Name, Kind: ValueKinds.Of(t.Field), t.Descending)).ToArray();
        return (a, b) =>
        {
            foreach (var (name, kind, descending) in compiled)
            {
                var result = CompareValues(kind, a[name], b[name]);
                if (result != 0)
                {
                    return descending ? -result : result;
                }
            }

            return string.CompareOrdinal(a.Id, b.Id);
        };
    }

    private static int CompareValues(ValueKind kind, string? a, string? b)
    {
        if (kind == ValueKind.Numeric)
        {
            return Nullable.Compare(QueryConstant.TryNumber(a?.Trim()), QueryConstant.TryNumber(b?.Trim()));
        }

        var x = Comparable(kind, a);
        var y = Comparable(kind, b);
        return x is null || y is null ? (x is null ? 0 : 1) - (y is null ? 0 : 1) : string.CompareOrdinal(x, y);
    }

    private static string? Comparable(ValueKind kind, string? value) =>
        string.IsNullOrEmpty(value) ? null : kind == ValueKind.Exact ? value : KeyFold.Fold(value);
}
