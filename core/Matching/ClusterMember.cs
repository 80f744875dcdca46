namespace CrmIntegration.Core.Matching;

/// <summary>A record in a duplicate group: its best accepted score within the group and the rule behind it.</summary>
public sealed record ClusterMember(string Id, double Score, string Rule);
