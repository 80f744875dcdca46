namespace CrmIntegration.Core.Matching;

/// <summary>
/// How common each folded name token and each email/phone/company key is in the data being
/// matched. It turns agreement into evidence the Fellegi-Sunter way: agreeing on a value that a
/// share <c>u</c> of people have is worth <c>log2(1/u)</c> bits, so "nguyen" (≈38% of people) is
/// worth about 1.4 bits and a rare given name 8 or more. A key shared by many records (a company
/// switchboard) is likewise worth less than a personal mobile.
/// </summary>
public sealed class FrequencyTable
{
    private readonly Dictionary<string, int> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _keys = [];
    private readonly Lock _gate = new();
    private int _people;

    /// <summary>Profiles with a person name seen so far: the denominator of token frequencies.</summary>
    public int People => _people;

    /// <summary>Counts one profile (incremental use, as by <see cref="MatchIndex"/>).</summary>
    public void Add(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_gate)
        {
            AddTokens(profile);
            foreach (var email in profile.Emails)
            {
                Increment(KeyHash.Of(MatchFeature.Email, email), 1);
            }

            foreach (var phone in profile.Phones)
            {
                Increment(KeyHash.Of(MatchFeature.Phone, phone), 1);
            }

            if (profile.HasCompany)
            {
                Increment(KeyHash.Of(MatchFeature.Company, profile.CompanyKey), 1);
            }
        }
    }

    /// <summary>
    /// Counts many profiles at once. Key counts come from one sort of all key hashes and only
    /// repeated keys are stored: at a million records a dictionary of every key would cost far more.
    /// </summary>
    public static FrequencyTable Build(IReadOnlyList<MatchProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var table = new FrequencyTable();
        var total = 0;
        foreach (var p in profiles)
        {
            table.AddTokens(p);
            total += p.Emails.Length + p.Phones.Length + (p.HasCompany ? 1 : 0);
        }

        var hashes = new ulong[total];
        var n = 0;
        foreach (var p in profiles)
        {
            foreach (var email in p.Emails)
            {
                hashes[n++] = KeyHash.Of(MatchFeature.Email, email);
            }

            foreach (var phone in p.Phones)
            {
                hashes[n++] = KeyHash.Of(MatchFeature.Phone, phone);
            }

            if (p.HasCompany)
            {
                hashes[n++] = KeyHash.Of(MatchFeature.Company, p.CompanyKey);
            }
        }

        Array.Sort(hashes);
        for (var start = 0; start < hashes.Length;)
        {
            var end = start + 1;
            while (end < hashes.Length && hashes[end] == hashes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                table._keys[hashes[start]] = end - start;
            }

            start = end;
        }

        return table;
    }

    /// <summary>How many profiles carry this key (at least 1: the one asking).</summary>
    public int KeyCount(MatchFeature feature, string value) =>
        Math.Max(1, _keys.GetValueOrDefault(KeyHash.Of(feature, value)));

    public int TokenCount(string foldedToken) => _tokens.GetValueOrDefault(foldedToken);

    /// <summary>
    /// log2(1/u) for a folded name token, u its share of named profiles, clamped to [min, max].
    /// The +0.5/+1 smoothing keeps an unseen token finite; in a tiny data set every token is
    /// weak, which errs toward keys (email, phone) rather than toward names.
    /// </summary>
    public double TokenWeight(string foldedToken, double min, double max)
    {
        var u = (TokenCount(foldedToken) + 0.5) / (_people + 1.0);
        return Math.Clamp(-Math.Log2(u), min, max);
    }

    private void AddTokens(MatchProfile profile)
    {
        if (!profile.HasName)
        {
            return;
        }

        _people++;
        var tokens = profile.NameFolded;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A token repeated within one name ("Nguyễn Nguyễn") counts once: u is a share of people.
            if (i > 0 && string.Equals(tokens[i], tokens[i - 1], StringComparison.Ordinal))
            {
                continue;
            }

            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_tokens, tokens[i], out _);
            count++;
        }
    }

    private void Increment(ulong hash, int by)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_keys, hash, out _);
        count += by;
    }
}
