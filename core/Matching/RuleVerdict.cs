namespace CrmIntegration.Core.Matching;

/// <summary>One rule's view of a pair: accepted or not, a score in bits, and whether the link is
/// strong enough to join existing clusters without the chaining guard's check.</summary>
public readonly record struct RuleVerdict(bool Accepted, double Score, bool Strong)
{
    public static readonly RuleVerdict Rejected = new(false, 0, false);
}
