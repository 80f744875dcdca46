namespace CrmIntegration.Core.Matching;

/// <summary>What blocking did: keys indexed, blocks used and skipped as oversized, pairs produced.</summary>
public sealed record BlockingStats(long Keys, long Blocks, long SkippedBlocks, long SkippedBlockRecords, long CandidatePairs);
