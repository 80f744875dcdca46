namespace CrmIntegration.Core.Matching;

public sealed record ClusteringResult(IReadOnlyList<RecordCluster> Groups, ClusteringStats Stats);
