namespace CrmIntegration.Core.Matching;

/// <summary>
/// Jaro-Winkler similarity (0..1) of two short strings, ordinal. Used on folded name tokens, where
/// a typo or a dropped letter ("Nguyen"/"Nguen") should still count as partly the same token.
/// </summary>
public static class JaroWinkler
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var jaro = Jaro(a, b);
        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    private static double Jaro(string a, string b)
    {
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        // Tokens are short; the stack keeps this allocation-free in the scoring loop.
        Span<bool> aUsed = a.Length <= 64 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bUsed = b.Length <= 64 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bUsed[j] && a[i] == b[j])
                {
                    aUsed[i] = bUsed[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!aUsed[i])
            {
                continue;
            }

            while (!bUsed[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
    }
}
