using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Matching.Merge;

public sealed partial class MergeService
{
    /// <summary>
    /// What undoing the merge now would overwrite, one line per changed field, key or row (empty when
    /// nothing changed since), so a caller can report a refusal on its own terms before undoing.
    /// </summary>
    /// <exception cref="CrmException">1001 unknown merge.</exception>
    public IReadOnlyList<string> ChangesSince(string mergeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mergeId);
        var journal = store.GetMergeJournal(mergeId.Trim()) ?? throw CrmException.UnknownMerge(mergeId.Trim());
        return UndoConflicts.Find(store, journal);
    }
}
