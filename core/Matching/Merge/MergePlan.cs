using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Everything a merge will do, computed without writing anything: the dry run shows it, the merge
/// executes it. Records are the before-images, master first.
/// </summary>
public sealed record MergePlan(string Module, string MasterId, string MasterRule, IReadOnlyList<string> LoserIds)
{
    public IReadOnlyList<CrmRecord> Records { get; init; } = [];

    public IReadOnlyList<MergeFieldChange> MasterChanges { get; init; } = [];

    /// <summary>Keys of related records re-pointed from a loser to the master.</summary>
    public IReadOnlyList<MergeKeyChange> Keys { get; init; } = [];

    /// <summary>Many-to-many rows moved to the master, or marked deleted where the master already has the link.</summary>
    public IReadOnlyList<MergeRowChange> Rows { get; init; } = [];

    public CrmRecord Master => Records[0];

    public IEnumerable<CrmRecord> Losers => Records.Skip(1);
}
