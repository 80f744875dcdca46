using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Many-to-many rows of the losers move to the master, keeping their row id and columns. Where the
/// master already has the same link, the loser's row is marked deleted instead of deleted outright
/// (Odoo's merge hard-deletes on such a conflict) and its columns fill the surviving row's empty ones,
/// so a contact_role is not lost. Deleted rows stay where they are, as history.
/// </summary>
internal sealed class RowReparenting(ICrmStore store, ModuleRegistry registry, ModuleDefinition module, string masterId, IReadOnlyList<string> losersNewestFirst)
{
    public IReadOnlyList<MergeRowChange> Rows(DateTime nowUtc)
    {
        var changes = new List<MergeRowChange>();
        foreach (var relationship in registry.Relationships.Where(r => r.Kind == RelationshipKind.ManyToMany))
        {
            var onLhs = Same(relationship.LhsModule, module.Name);
            var onRhs = Same(relationship.RhsModule, module.Name);
            if (onLhs || onRhs)
            {
                changes.AddRange(Plan(relationship, onLhs, onRhs, nowUtc));
            }
        }

        return changes;
    }

    private IEnumerable<MergeRowChange> Plan(RelationshipDefinition relationship, bool onLhs, bool onRhs, DateTime nowUtc)
    {
        var loserRank = losersNewestFirst.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.OrdinalIgnoreCase);
        var rows = losersNewestFirst.Prepend(masterId)
            .SelectMany(id => Touching(relationship, onLhs, onRhs, id))
            .Where(r => !r.Deleted)
            .DistinctBy(r => r.Id)
            .ToList();

        // Links already on the master survive as they are; the losers' follow, newest loser first.
        var survivors = new Dictionary<(string, string), RelationshipRow>();
        var before = new Dictionary<string, RelationshipRow>(StringComparer.Ordinal);
        var after = new Dictionary<string, RelationshipRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !Moves(r, onLhs, onRhs)))
        {
            survivors.TryAdd(Key(row, onLhs, onRhs), row);
        }

        var moving = rows.Where(r => Moves(r, onLhs, onRhs))
            .OrderBy(r => Rank(r, loserRank, onLhs, onRhs))
            .ThenBy(r => r.Id, StringComparer.Ordinal);
        foreach (var row in moving)
        {
            before[row.Id] = row;
            var key = Key(row, onLhs, onRhs);
            if (survivors.TryGetValue(key, out var survivor))
            {
                after[row.Id] = row with { Deleted = true, DateModified = nowUtc };
                var filled = FillColumns(survivor, row, nowUtc);
                if (filled != survivor)
                {
                    before.TryAdd(survivor.Id, survivor);
                    after[survivor.Id] = filled;
                    survivors[key] = filled;
                }

                continue;
            }

            var moved = row with { LhsId = key.Item1, RhsId = key.Item2, DateModified = nowUtc };
            after[row.Id] = moved;
            survivors[key] = moved;
        }

        return before.Keys.Select(id => new MergeRowChange(before[id], after[id]));
    }

    private IEnumerable<RelationshipRow> Touching(RelationshipDefinition relationship, bool onLhs, bool onRhs, string id) =>
        (onLhs ? store.GetRelationshipRows(relationship.Name, RelationshipSide.Lhs, id) : [])
        .Concat(onRhs ? store.GetRelationshipRows(relationship.Name, RelationshipSide.Rhs, id) : []);

    private bool Moves(RelationshipRow row, bool onLhs, bool onRhs) => Key(row, onLhs, onRhs) != (row.LhsId, row.RhsId);

    private (string, string) Key(RelationshipRow row, bool onLhs, bool onRhs) =>
        (onLhs ? Map(row.LhsId) : row.LhsId, onRhs ? Map(row.RhsId) : row.RhsId);

    private string Map(string id) => losersNewestFirst.Contains(id, StringComparer.OrdinalIgnoreCase) ? masterId : id;

    private static int Rank(RelationshipRow row, Dictionary<string, int> loserRank, bool onLhs, bool onRhs) =>
        Math.Min(
            onLhs && loserRank.TryGetValue(row.LhsId, out var l) ? l : int.MaxValue,
            onRhs && loserRank.TryGetValue(row.RhsId, out var r) ? r : int.MaxValue);

    private static RelationshipRow FillColumns(RelationshipRow survivor, RelationshipRow loser, DateTime nowUtc)
    {
        var missing = loser.Extra
            .Where(e => !string.IsNullOrWhiteSpace(e.Value) && string.IsNullOrWhiteSpace(survivor.Extra.GetValueOrDefault(e.Key)))
            .ToList();
        if (missing.Count == 0)
        {
            return survivor;
        }

        var extra = survivor.Extra.ToDictionary(e => e.Key, e => e.Value);
        foreach (var (name, value) in missing)
        {
            extra[name] = value;
        }

        return survivor with { Extra = extra, DateModified = nowUtc };
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
