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

    /// <param name="name">The rule's name, as reported with each link it makes.</param>
    /// <param name="fields">The features whose keys must all be equal.</param>
    /// <param name="strong">Whether its links may join clusters unchecked.</param>
    /// <param name="maxKeyShare">
    /// An email or phone key carried by more profiles than this does not count as in common: a
    /// switchboard or an info@ address belongs to a company, and colleagues can share a name too.
    /// Null: no limit (SugarCRM's plain "same value").
    /// </param>
    public ExactKeyRule(string name, MatchFeature fields, bool strong = true, int? maxKeyShare = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (fields == MatchFeature.None)
        {
            throw new ArgumentException("An exact rule needs at least one field.", nameof(fields));
        }

        Name = name;
        Fields = fields;
        Strong = strong;
        MaxKeyShare = maxKeyShare is { } max ? Math.Max(1, max) : null;
        BlockingKeys = [fields];
    }

    public string Name { get; }

    public MatchFeature Fields { get; }

    public bool Strong { get; }

    /// <summary>Email and phone keys shared by more profiles than this are ignored; null: no limit.</summary>
    public int? MaxKeyShare { get; }

    public IReadOnlyList<MatchFeature> BlockingKeys { get; }

    public RuleVerdict Evaluate(MatchProfile a, MatchProfile b, FrequencyTable frequencies)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(frequencies);
        var match = (!Fields.HasFlag(MatchFeature.Email) || AnyCommon(a.Emails, b.Emails, MatchFeature.Email, frequencies))
            && (!Fields.HasFlag(MatchFeature.Phone) || AnyCommon(a.Phones, b.Phones, MatchFeature.Phone, frequencies))
            && (!Fields.HasFlag(MatchFeature.Name) || (a.HasName && string.Equals(a.NameKey, b.NameKey, StringComparison.Ordinal)))
            && (!Fields.HasFlag(MatchFeature.Company) || (a.HasCompany && string.Equals(a.CompanyKey, b.CompanyKey, StringComparison.Ordinal)));
        return match ? new RuleVerdict(true, MatchScore, Strong) : RuleVerdict.Rejected;
    }

    private bool AnyCommon(string[] a, string[] b, MatchFeature feature, FrequencyTable frequencies)
    {
        foreach (var key in a)
        {
            if (Array.IndexOf(b, key) >= 0 && (MaxKeyShare is not { } max || frequencies.KeyCount(feature, key) <= max))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => MaxKeyShare is { } max ? $"{Name} (keys shared by at most {max})" : Name;
}
