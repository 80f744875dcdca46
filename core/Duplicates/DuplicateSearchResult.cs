using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// The outcome of a <see cref="DuplicateSearch"/>: groups numbered from 1 (groups within the module
/// first, largest first; then records that only duplicate an existing record of another module),
/// the engine's statistics, and the whole run's time.
/// </summary>
public sealed record DuplicateSearchResult(
    string Module,
    string Rules,
    IReadOnlyList<string> Against,
    IReadOnlyList<DuplicateSearchGroup> Groups,
    ClusteringStats Stats,
    TimeSpan Elapsed)
{
    /// <summary>Live records of the module that were compared.</summary>
    public int RecordsScanned => Stats.Records;

    /// <summary>Records of the searched module that appear in a group.</summary>
    public int RecordsInGroups => Groups.Sum(g => g.Mergeable.Count());
}
