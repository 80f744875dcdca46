using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// What changed since a merge among the things its undo would write. The master and the losers are
/// restored whole, so any field that moved counts; re-parented records get back only their keys, so
/// only a key that moved counts (an unrelated later edit survives undo); rows count when their ends,
/// deleted flag or columns moved.
/// </summary>
internal static class UndoConflicts
{
    public static IReadOnlyList<string> Find(ICrmStore store, MergeJournal journal)
    {
        var conflicts = new List<string>();
        foreach (var image in journal.Records)
        {
            conflicts.AddRange(RecordChanges(store, image));
        }

        foreach (var key in journal.Keys.Where(k => !IsStamp(k.Field)))
        {
            var now = store.Get(key.Module, key.RecordId)?[key.Field];
            if (!SameValue(now, key.After))
            {
                conflicts.Add($"{key.Module} {key.RecordId}.{key.Field} changed after the merge (was {Show(key.After)}, now {Show(now)})");
            }
        }

        foreach (var row in journal.Rows)
        {
            var now = FindRow(store, row.After);
            if (now is null || !SameRow(now, row.After))
            {
                conflicts.Add($"{row.After.Relationship} link {row.After.Id} changed after the merge (was {ShowRow(row.After)}, now {ShowRow(now)})");
            }
        }

        return conflicts;
    }

    public static bool IsStamp(string field) =>
        field is CommonFields.DateModified or CommonFields.ModifiedUserId;

    /// <summary>The row with this id, looked up from its left end (the store indexes rows by their ends).</summary>
    public static RelationshipRow? FindRow(ICrmStore store, RelationshipRow row) =>
        store.GetRelationshipRows(row.Relationship, RelationshipSide.Lhs, row.LhsId).FirstOrDefault(r => r.Id == row.Id)
        ?? store.GetRelationshipRows(row.Relationship, RelationshipSide.Rhs, row.RhsId).FirstOrDefault(r => r.Id == row.Id);

    private static IEnumerable<string> RecordChanges(ICrmStore store, MergeRecordImage image)
    {
        var current = store.Get(image.Module, image.Id);
        if (current is null)
        {
            yield return $"{image.Module} {image.Id} no longer exists";
            yield break;
        }

        if (current[MergeFields.MergedInto] is { Length: > 0 } into && !SameValue(into, image.After.GetValueOrDefault(MergeFields.MergedInto)))
        {
            yield return $"{image.Module} {image.Id} was merged into {into} by a later merge (undo that one first)";
            yield break;
        }

        var fields = image.After.Keys.Concat(current.Values.Keys).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields.Where(f => !SameValue(current[f], image.After.GetValueOrDefault(f))))
        {
            yield return $"{image.Module} {image.Id}.{field} changed after the merge (was {Show(image.After.GetValueOrDefault(field))}, now {Show(current[field])})";
        }
    }

    private static bool SameRow(RelationshipRow a, RelationshipRow b) =>
        a.LhsId == b.LhsId && a.RhsId == b.RhsId && a.Deleted == b.Deleted &&
        a.Extra.Keys.Concat(b.Extra.Keys).All(k => SameValue(a.Extra.GetValueOrDefault(k), b.Extra.GetValueOrDefault(k)));

    // Unset and empty read the same to a user, as in the audit trail.
    private static bool SameValue(string? a, string? b) => (a ?? "") == (b ?? "");

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "empty" : $"'{value}'";

    private static string ShowRow(RelationshipRow? row) =>
        row is null ? "gone" : $"{row.LhsId}→{row.RhsId}{(row.Deleted ? " deleted" : "")}";
}
