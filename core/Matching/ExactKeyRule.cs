namespace CrmIntegration.Core.Matching;

/// <summary>
/// SugarCRM-style "check on these fields": a pair matches when every listed feature has an equal,
/// non-empty key on both sides (the folded name key, the company key, or any one of the
/// multi-valued email and phone keys in common). Exact links are strong by default.
/// </summary>
public sealed class ExactKeyRule : IMatchRule
{
    /// <summary>The score reported for an exact match: above any sensible fuzzy threshold.</summary>
    public const double MatchScore = 30;

    public ExactKeyRule(string name, MatchFeature fields, bool strong = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (fields == MatchFeature.None)
        {
            throw new ArgumentException("An exact rule needs at least one field.", nameof(fields));
        }

        Name = name;
        Fields = fields;
        Strong = strong;
        BlockingKeys = [fields];
    }

    public string Name { get; }

    public MatchFeature Fields { get; }

    public bool Strong { get; }

    public IReadOnlyList<MatchFeature> BlockingKeys { get; }

    public RuleVerdict Evaluate(MatchProfile a, MatchProfile b, FrequencyTable frequencies)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var match = (!Fields.HasFlag(MatchFeature.Email) || AnyCommon(a.Emails, b.Emails))
            && (!Fields.HasFlag(MatchFeature.Phone) || AnyCommon(a.Phones, b.Phones))
            && (!Fields.HasFlag(MatchFeature.Name) || (a.HasName && string.Equals(a.NameKey, b.NameKey, StringComparison.Ordinal)))
            && (!Fields.HasFlag(MatchFeature.Company) || (a.HasCompany && string.Equals(a.CompanyKey, b.CompanyKey, StringComparison.Ordinal)));
        return match ? new RuleVerdict(true, MatchScore, Strong) : RuleVerdict.Rejected;
    }

    internal static bool AnyCommon(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static string? FirstCommon(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return x;
                }
            }
        }

        return null;
    }

    public override string ToString() => Name;
}
