using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>A merge that was carried out: its id (for undo) and what it did.</summary>
public sealed record MergeResult(string MergeId, MergePlan Plan, MergeJournal Journal);
