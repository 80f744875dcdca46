namespace CrmIntegration.Core.Matching;

/// <summary>
/// Builds rules from the short forms used in configuration and on the command line:
/// <c>email</c>, <c>phone</c>, <c>name+phone</c>, <c>name+company</c>, … for exact rules and
/// <c>fuzzy</c> for the scored one.
/// </summary>
public static class MatchRules
{
    public const string Fuzzy = "fuzzy";

    /// <summary>An exact rule on <c>a+b+…</c> (email, phone, name, company), named after its fields.</summary>
    /// <exception cref="ArgumentException">An unknown field name, or none.</exception>
    public static ExactKeyRule FromFields(string fields, bool strong = true) =>
        new(Canonical(ParseFields(fields)), ParseFields(fields), strong);

    /// <summary>The same, ignoring email and phone keys carried by more than <paramref name="maxKeyShare"/> records.</summary>
    /// <exception cref="ArgumentException">An unknown field name, or none.</exception>
    public static ExactKeyRule FromFields(string fields, bool strong, int? maxKeyShare) =>
        new(Canonical(ParseFields(fields)), ParseFields(fields), strong, maxKeyShare);

    /// <summary>The rule a name stands for: <c>fuzzy</c>, or a fields expression.</summary>
    public static IMatchRule Named(string name, FuzzyWeights? weights = null, double? threshold = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!string.Equals(name.Trim(), Fuzzy, StringComparison.OrdinalIgnoreCase))
        {
            return FromFields(name);
        }

        var w = (weights ?? new FuzzyWeights()).Clone();
        if (threshold is { } t)
        {
            w.Threshold = t;
        }

        return new FuzzyRule(Fuzzy, w);
    }

    public static MatchFeature ParseFields(string fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fields);
        var result = MatchFeature.None;
        foreach (var part in fields.Split(['+', ',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "email" or "email1" or "email2" => MatchFeature.Email,
                "phone" or "mobile" or "phone_mobile" or "phone_work" or "phone_office" => MatchFeature.Phone,
                "name" or "first_name" or "last_name" => MatchFeature.Name,
                "company" or "account_name" or "account" => MatchFeature.Company,
                _ => throw new ArgumentException($"Unknown match field '{part}': use email, phone, name or company.", nameof(fields)),
            };
        }

        return result;
    }

    /// <summary>The fields in a fixed order, so <c>phone+name</c> and <c>name+phone</c> name one rule.</summary>
    public static string Canonical(MatchFeature fields)
    {
        var parts = new List<string>(4);
        if (fields.HasFlag(MatchFeature.Name))
        {
            parts.Add("name");
        }

        if (fields.HasFlag(MatchFeature.Email))
        {
            parts.Add("email");
        }

        if (fields.HasFlag(MatchFeature.Phone))
        {
            parts.Add("phone");
        }

        if (fields.HasFlag(MatchFeature.Company))
        {
            parts.Add("company");
        }

        return string.Join('+', parts);
    }
}
