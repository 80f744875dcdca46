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

        // The rarest key in common decides: a shared switchboard listed first must not hide a
        // personal mobile listed after it.
        var rarest = 0;
        foreach (var key in a)
        {
            if (Array.IndexOf(b, key) >= 0)
            {
                var count = frequencies.KeyCount(feature, key);
                rarest = rarest == 0 ? count : Math.Min(rarest, count);
            }
        }

        if (rarest == 0)
        {
            return disagree;
        }

        var value = rarest <= Weights.SharedKeyFloor ? agree : agree - 2 * Math.Log2((double)rarest / Weights.SharedKeyFloor);

        // When both sides also carry a key the other lacks (each its own mobile), the key in common
        // is a line they share (a switchboard): evidence of one workplace, not of one person.
        return HasKeyNotIn(a, b) && HasKeyNotIn(b, a) ? Math.Min(value, Weights.SharedLineAgree) + disagree : value;
    }

    private static bool HasKeyNotIn(string[] keys, string[] other)
    {
        foreach (var key in keys)
        {
            if (Array.IndexOf(other, key) < 0)
            {
                return true;
            }
        }

        return false;
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
