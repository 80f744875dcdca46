namespace CrmIntegration.Core.Matching;

/// <summary>Token-set similarity of two ordinally sorted, distinct token arrays.</summary>
public static class TokenSet
{
    /// <summary>|A ∩ B| / |A ∪ B|, by a merge walk (no sets allocated); 0 when either is empty.</summary>
    public static double Jaccard(string[] a, string[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }
}
