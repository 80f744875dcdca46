namespace CrmIntegration.Core.Matching;

/// <summary>An existing record that a candidate record would duplicate.</summary>
public sealed record MatchCandidate(string Module, string Id, double Score, string Rule);
