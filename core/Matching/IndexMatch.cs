namespace CrmIntegration.Core.Matching;

/// <summary>An indexed profile that a queried candidate duplicates, with the rule set's decision.</summary>
public sealed record IndexMatch(MatchProfile Profile, double Score, string Rule, bool Strong);
