namespace CrmIntegration.Core.Matching;

/// <summary>
/// The scored rule: the sum of per-field evidence (see <see cref="FuzzyWeights"/>) against a
/// threshold. Email and phone compare normalised keys exactly, discounted when the key is shared
/// by many records; the company compares token sets; the name is scored by
/// <see cref="NameComparison"/> with frequency weights. Scores at or above the strong score count
/// as strong links for grouping.
/// </summary>
public sealed class FuzzyRule(string name, FuzzyWeights weights, double strongScore = FuzzyRule.DefaultStrongScore) : IMatchRule
{
    public const double DefaultStrongScore = 20;

    public string Name { get; } = name;

    public FuzzyWeights Weights { get; } = weights;

    public double StrongScore { get; } = strongScore;

    /// <summary>
    /// With the name capped below the threshold, an accepted pair shares an email, a phone or the
    /// company; name+company is the narrowest key for the last case. A bare name is indexed only
    /// when the weights let a name alone pass.
    /// </summary>
    public IReadOnlyList<MatchFeature> BlockingKeys => Weights.NameMax >= Weights.Threshold
        ? [MatchFeature.Email, MatchFeature.Phone, MatchFeature.Name | MatchFeature.Company, MatchFeature.Name]
        : [MatchFeature.Email, MatchFeature.Phone, MatchFeature.Name | MatchFeature.Company];

    public RuleVerdict Evaluate(MatchProfile a, MatchProfile b, FrequencyTable frequencies)
    {
        var score = Score(a, b, frequencies);
        return score >= Weights.Threshold ? new RuleVerdict(true, score, score >= StrongScore) : new RuleVerdict(false, score, false);
    }

    public double Score(MatchProfile a, MatchProfile b, FrequencyTable frequencies)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(frequencies);
        var w = Weights;
        return KeyEvidence(a.Emails, b.Emails, MatchFeature.Email, w.EmailAgree, w.EmailDisagree, frequencies)
            + KeyEvidence(a.Phones, b.Phones, MatchFeature.Phone, w.PhoneAgree, w.PhoneDisagree, frequencies)
            + CompanyEvidence(a, b)
            + NameComparison.Score(a, b, frequencies, w);
    }

    private double KeyEvidence(string[] a, string[] b, MatchFeature feature, double agree, double disagree, FrequencyTable frequencies)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var common = ExactKeyRule.FirstCommon(a, b);
        if (common is null)
        {
            return disagree;
        }

        var count = frequencies.KeyCount(feature, common);
        return count <= Weights.SharedKeyFloor ? agree : agree - 2 * Math.Log2((double)count / Weights.SharedKeyFloor);
    }

    private double CompanyEvidence(MatchProfile a, MatchProfile b)
    {
        if (!a.HasCompany || !b.HasCompany)
        {
            return 0;
        }

        var similarity = string.Equals(a.CompanyKey, b.CompanyKey, StringComparison.Ordinal) ? 1 : TokenSet.Jaccard(a.CompanyTokens, b.CompanyTokens);
        return similarity >= Weights.CompanyAgreeSimilarity ? Weights.CompanyAgree
            : similarity >= 0.5 ? Weights.CompanyPartial
            : Weights.CompanyDisagree;
    }

    public override string ToString() => $"{Name} (threshold {Weights.Threshold})";
}
