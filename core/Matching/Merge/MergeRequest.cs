namespace CrmIntegration.Core.Matching.Merge;

/// <summary>What to merge: two or more records of one module, and optionally which one survives.</summary>
public sealed record MergeRequest(string Module, IReadOnlyList<string> Ids, string? MasterId = null);
