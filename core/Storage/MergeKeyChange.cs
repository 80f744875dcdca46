namespace CrmIntegration.Core.Storage;

/// <summary>One field of a related record that a merge changed (a key re-pointed to the master, or its stamps).</summary>
public sealed record MergeKeyChange(string Module, string RecordId, string Field, string? Before, string? After);
