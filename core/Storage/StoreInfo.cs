namespace CrmIntegration.Core.Storage;

/// <summary>What <c>crm db info</c> and <c>/health</c> report about the store.</summary>
public sealed record StoreInfo(string Location, long SizeBytes, IReadOnlyDictionary<string, int> LiveRecordsByModule)
{
    /// <summary>Stored login sessions, expired ones not yet purged included.</summary>
    public int SessionCount { get; init; }
}
