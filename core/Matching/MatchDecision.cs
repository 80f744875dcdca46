namespace CrmIntegration.Core.Matching;

/// <summary>A rule set's view of a pair: accepted by which rule (the first in order that accepts),
/// the best score among accepting rules (or the fuzzy score when none accepts), and strength.</summary>
public readonly record struct MatchDecision(bool Accepted, double Score, bool Strong, IMatchRule? Rule);
