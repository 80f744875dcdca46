namespace CrmIntegration.Core.Matching.Merge;

/// <summary>One field of the master the merge changes, where the new value came from and why.</summary>
public sealed record MergeFieldChange(string Field, string? Before, string? After, string? SourceId, string Reason);
