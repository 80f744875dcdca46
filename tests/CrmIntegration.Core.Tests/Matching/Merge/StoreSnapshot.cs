using System.Globalization;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>
/// Every record of every module (deleted ones included, every field) and every relationship row,
/// as sorted text lines, so two states of a store compare record by record and link by link and a
/// difference reads as a diff.
/// </summary>
public sealed class StoreSnapshot
{
    private StoreSnapshot(IReadOnlyList<string> lines)
    {
        Lines = lines;
    }

    public IReadOnlyList<string> Lines { get; }

    public static StoreSnapshot Take(ICrmStore store, ModuleRegistry registry)
    {
        var lines = new List<string>();
        foreach (var module in registry.Modules)
        {
            lines.AddRange(store.Scan(module.Name).Select(r =>
                $"{module.Name} {r.Id}: " + string.Join(" | ", r.Values
                    .OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(v => $"{v.Key.ToLowerInvariant()}={v.Value ?? "∅"}"))));
        }

        // The store finds rows by their ends, so every row with at least one existing end is reached.
        var rows = new Dictionary<string, RelationshipRow>();
        foreach (var relationship in registry.Relationships.Where(r => r.Kind == RelationshipKind.ManyToMany))
        {
            foreach (var (module, side) in new[] { (relationship.LhsModule, RelationshipSide.Lhs), (relationship.RhsModule, RelationshipSide.Rhs) })
            {
                foreach (var record in store.Scan(module))
                {
                    foreach (var row in store.GetRelationshipRows(relationship.Name, side, record.Id))
                    {
                        rows[row.Id] = row;
                    }
                }
            }
        }

        lines.AddRange(rows.Values.Select(Show));
        lines.Sort(StringComparer.Ordinal);
        return new StoreSnapshot(lines);
    }

    /// <summary>Fails with the lines only one side has, prefixed by <paramref name="context"/> (e.g. the seed).</summary>
    public static void AssertEqual(StoreSnapshot expected, StoreSnapshot actual, string context)
    {
        var missing = expected.Lines.Except(actual.Lines).ToList();
        var extra = actual.Lines.Except(expected.Lines).ToList();
        if (missing.Count + extra.Count + Math.Abs(expected.Lines.Count - actual.Lines.Count) > 0)
        {
            Assert.Fail($"{context}: store differs ({expected.Lines.Count} vs {actual.Lines.Count} lines)\n" +
                        string.Join("\n", missing.Take(10).Select(l => "- " + l).Concat(extra.Take(10).Select(l => "+ " + l))));
        }
    }

    private static string Show(RelationshipRow row) =>
        $"row {row.Relationship} {row.Id}: {row.LhsId}->{row.RhsId} deleted={row.Deleted} " +
        $"at={row.DateModified.ToString("O", CultureInfo.InvariantCulture)} kind={row.DateModified.Kind} " +
        string.Join(",", row.Extra.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value ?? "∅"}"));
}
