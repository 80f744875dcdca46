namespace CrmIntegration.Core.Matching;

/// <summary>
/// Duplicate matching settings, bindable from the <c>Matching</c> configuration section. Rules are
/// keyed by the module of the records compared against (<c>Leads</c> for lead-vs-lead,
/// <c>Accounts</c> when a lead is checked against accounts); a module without an entry uses
/// <see cref="RuleSet.DefaultFor"/>.
/// </summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    public Dictionary<string, List<RuleOptions>> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public FuzzyWeights Fuzzy { get; set; } = new();

    /// <summary>
    /// Blocks (records sharing one key) larger than this are skipped: a switchboard number or a
    /// common name would otherwise yield n² pairs. Such records still meet through their other keys.
    /// </summary>
    public int MaxBlockSize { get; set; } = 64;

    /// <summary>
    /// The chaining guard checks a weak link by scoring every cross pair of the two clusters it
    /// would join; beyond this many pairs the weak link is refused outright.
    /// </summary>
    public int MaxGuardComparisons { get; set; } = 64;

    public bool IncludeDeleted { get; set; }

    /// <summary>Worker threads for profiling and scoring; 0 = one per core.</summary>
    public int Parallelism { get; set; }

    public RuleSet RulesFor(string module)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        if (!Rules.TryGetValue(module, out var configured) || configured.Count == 0)
        {
            return RuleSet.DefaultFor(module, Fuzzy);
        }

        var rules = new IMatchRule[configured.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            var o = configured[i];
            rules[i] = string.Equals(o.Fields.Trim(), MatchRules.Fuzzy, StringComparison.OrdinalIgnoreCase)
                ? MatchRules.Named(MatchRules.Fuzzy, Fuzzy, o.Threshold)
                : MatchRules.FromFields(o.Fields, o.Strong, o.MaxKeyShare);
        }

        return RuleSet.Named(module, rules);
    }

    internal int EffectiveParallelism => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
