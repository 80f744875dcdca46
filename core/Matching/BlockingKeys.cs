namespace CrmIntegration.Core.Matching;

/// <summary>
/// The blocking keys of a profile for one feature combination: one hash per combination of its
/// values (two emails × one name = two <c>name+email</c> keys). A profile lacking any part of the
/// combination has no key for it.
/// </summary>
public static class BlockingKeys
{
    public static int Count(MatchProfile profile, MatchFeature combination)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if ((combination.HasFlag(MatchFeature.Name) && !profile.HasName)
            || (combination.HasFlag(MatchFeature.Company) && !profile.HasCompany))
        {
            return 0;
        }

        var emails = combination.HasFlag(MatchFeature.Email) ? profile.Emails.Length : 1;
        var phones = combination.HasFlag(MatchFeature.Phone) ? profile.Phones.Length : 1;
        return emails * phones;
    }

    /// <summary>Writes the keys into <paramref name="output"/> (sized by <see cref="Count"/>); returns how many.</summary>
    public static int Write(MatchProfile profile, MatchFeature combination, Span<ulong> output)
    {
        if (Count(profile, combination) == 0)
        {
            return 0;
        }

        var hash = KeyHash.Start(combination);
        if (combination.HasFlag(MatchFeature.Name))
        {
            hash = KeyHash.Add(hash, profile.NameKey);
        }

        if (combination.HasFlag(MatchFeature.Company))
        {
            hash = KeyHash.Add(hash, profile.CompanyKey);
        }

        string[] emails = combination.HasFlag(MatchFeature.Email) ? profile.Emails : [""];
        string[] phones = combination.HasFlag(MatchFeature.Phone) ? profile.Phones : [""];
        var n = 0;
        foreach (var email in emails)
        {
            var withEmail = email.Length == 0 ? hash : KeyHash.Add(hash, email);
            foreach (var phone in phones)
            {
                output[n++] = phone.Length == 0 ? withEmail : KeyHash.Add(withEmail, phone);
            }
        }

        return n;
    }

    public static ulong[] Of(MatchProfile profile, IReadOnlyList<MatchFeature> combinations)
    {
        ArgumentNullException.ThrowIfNull(combinations);
        var total = 0;
        foreach (var c in combinations)
        {
            total += Count(profile, c);
        }

        var keys = new ulong[total];
        var n = 0;
        foreach (var c in combinations)
        {
            n += Write(profile, c, keys.AsSpan(n));
        }

        return keys;
    }
}
