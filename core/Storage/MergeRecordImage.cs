namespace CrmIntegration.Core.Storage;

/// <summary>Every field of one record before and after a merge touched it.</summary>
public sealed record MergeRecordImage(
    string Module,
    string Id,
    IReadOnlyDictionary<string, string?> Before,
    IReadOnlyDictionary<string, string?> After);
