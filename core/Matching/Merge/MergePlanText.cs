using System.Text;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>A plan as plain text: what <c>--dry-run</c> prints, one change per line so it diffs and greps.</summary>
public static class MergePlanText
{
    public static string Render(MergePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.AppendLine($"Merge {plan.Records.Count} {plan.Module} records into {plan.MasterId} ({plan.MasterRule})");
        foreach (var change in plan.MasterChanges)
        {
            var from = change.SourceId is null ? "" : $" from {change.SourceId}";
            text.AppendLine($"  set {change.Field}: {Show(change.Before)} -> {Show(change.After)}{from} ({change.Reason})");
        }

        foreach (var key in plan.Keys)
        {
            text.AppendLine($"  move {key.Module} {key.RecordId}.{key.Field}: {key.Before} -> {key.After}");
        }

        foreach (var row in plan.Rows)
        {
            var what = row.After.Deleted && !row.Before.Deleted ? "drop duplicate" : "move";
            text.AppendLine($"  {what} {row.Before.Relationship} link {row.Before.Id}: " +
                            $"{row.Before.LhsId}->{row.Before.RhsId} => {row.After.LhsId}->{row.After.RhsId}");
        }

        foreach (var loser in plan.LoserIds)
        {
            text.AppendLine($"  delete {plan.Module} {loser} (soft, merged_into {plan.MasterId})");
        }

        return text.ToString();
    }

    private static string Show(string? value) =>
        string.IsNullOrEmpty(value) ? "(empty)" : "'" + value.ReplaceLineEndings(" / ") + "'";
}
