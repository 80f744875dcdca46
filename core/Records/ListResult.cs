
namespace CrmIntegration.Core.Records;

/// <summary>One page of records and how many match in all.</summary>
public sealed record ListResult(IReadOnlyList<CrmRecord> Records, int TotalCount);
