namespace CrmIntegration.Core.Matching;

/// <summary>Counts and phase timings of one run, for the CLI's summary and the benchmark.</summary>
public sealed record ClusteringStats(
    int Records,
    BlockingStats Blocking,
    long AcceptedPairs,
    int RefusedWeakLinks,
    TimeSpan Profiling,
    TimeSpan BlockingTime,
    TimeSpan Scoring,
    TimeSpan Grouping);
