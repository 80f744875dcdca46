namespace CrmIntegration.Core.Matching;

/// <summary>An accepted pair of profile indexes, with its score, strength and the accepting rule's index.</summary>
public readonly record struct ScoredPair(int A, int B, float Score, bool Strong, byte Rule);
