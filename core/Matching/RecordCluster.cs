namespace CrmIntegration.Core.Matching;

/// <summary>Records judged to be one person or company; numbered from 1, largest groups first.</summary>
public sealed record RecordCluster(int Number, string Module, IReadOnlyList<ClusterMember> Members);
