namespace CrmIntegration.Core.Storage;

/// <summary>One many-to-many row as it was before a merge and as the merge left it (same row id).</summary>
public sealed record MergeRowChange(RelationshipRow Before, RelationshipRow After);
