namespace CrmIntegration.Core.Matching.Merge;

/// <summary>An undone merge: how many records and rows were put back, and whether later changes were overwritten.</summary>
public sealed record UndoResult(string MergeId, int Records, int RelatedRecords, int Rows, IReadOnlyList<string> Overwritten);
