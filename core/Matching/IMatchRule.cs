namespace CrmIntegration.Core.Matching;

/// <summary>A duplicate rule: decides whether two profiles are the same person or company.</summary>
public interface IMatchRule
{
    string Name { get; }

    /// <summary>
    /// Feature combinations a pair must share the key of to be able to pass this rule. Blocking
    /// indexes exactly these, so candidates come from the rules in force and never from all pairs.
    /// </summary>
    IReadOnlyList<MatchFeature> BlockingKeys { get; }

    RuleVerdict Evaluate(MatchProfile a, MatchProfile b, FrequencyTable frequencies);
}
