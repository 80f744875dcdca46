namespace CrmIntegration.Core.Matching;

/// <summary>
/// The rules in force for one module (or for comparing against it): a pair is a duplicate when any
/// rule accepts it. Blocking keys are the union of the rules' keys.
/// </summary>
public sealed class RuleSet
{
    private RuleSet(string name, IReadOnlyList<IMatchRule> rules)
    {
        Name = name;
        Rules = rules;
        var keys = new List<MatchFeature>();
        foreach (var rule in rules)
        {
            foreach (var key in rule.BlockingKeys)
            {
                if (!keys.Contains(key))
                {
                    keys.Add(key);
                }
            }
        }

        BlockingKeys = keys;
    }

    public string Name { get; }

    public IReadOnlyList<IMatchRule> Rules { get; }

    public IReadOnlyList<MatchFeature> BlockingKeys { get; }

    public static RuleSet Named(string name, params IMatchRule[] rules)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Length == 0)
        {
            throw new ArgumentException("A rule set needs at least one rule.", nameof(rules));
        }

        return new RuleSet(name, [.. rules]);
    }

    /// <summary>
    /// The built-in rules. People (Leads, Contacts, Prospects): exact email, exact name+phone on a
    /// number few records carry, and the fuzzy rule. Accounts, as compared against: exact company,
    /// email or phone — a lead whose company, address or number is an account's is already a customer.
    /// </summary>
    public static RuleSet DefaultFor(string module, FuzzyWeights? weights = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        if (string.Equals(module, "Accounts", StringComparison.OrdinalIgnoreCase))
        {
            return Named("Accounts", MatchRules.FromFields("company"), MatchRules.FromFields("email"), MatchRules.FromFields("phone"));
        }

        // Namesakes at one company share its switchboard: a number carried by more records than the
        // fuzzy rule takes for one person's duplicates is left to the fuzzy rule, which weighs it.
        var personalPhone = (weights ?? new FuzzyWeights()).SharedKeyFloor;
        return Named(module,
            MatchRules.FromFields("email"),
            MatchRules.FromFields("name+phone", strong: true, maxKeyShare: personalPhone),
            MatchRules.Named(MatchRules.Fuzzy, weights));
    }

    /// <summary>The same rules with the fuzzy threshold replaced (the CLI's <c>--threshold</c>).</summary>
    public RuleSet WithThreshold(double threshold)
    {
        var rules = new IMatchRule[Rules.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = Rules[i] is FuzzyRule fuzzy ? MatchRules.Named(MatchRules.Fuzzy, fuzzy.Weights, threshold) : Rules[i];
        }

        return new RuleSet(Name, rules);
    }

    public MatchDecision Evaluate(MatchProfile a, MatchProfile b, FrequencyTable frequencies)
    {
        IMatchRule? first = null;
        double score = double.NegativeInfinity;
        double rejectedScore = double.NegativeInfinity;
        var strong = false;
        foreach (var rule in Rules)
        {
            var verdict = rule.Evaluate(a, b, frequencies);
            if (verdict.Accepted)
            {
                first ??= rule;
                score = Math.Max(score, verdict.Score);
                strong |= verdict.Strong;
            }
            else if (rule is FuzzyRule)
            {
                rejectedScore = verdict.Score;
            }
        }

        return first is null
            ? new MatchDecision(false, double.IsNegativeInfinity(rejectedScore) ? 0 : rejectedScore, false, null)
            : new MatchDecision(true, score, strong, first);
    }

    public override string ToString() => $"{Name}: {string.Join(", ", Rules)}";
}
