namespace CrmIntegration.Core.Matching;

/// <summary>
/// 64-bit FNV-1a over the parts of a blocking or frequency key. Blocking compares hashes, not
/// strings: a collision (about one in 10^7 at a million records) only adds a candidate pair that
/// scoring then rejects, so exactness is not needed and the key strings are never built.
/// </summary>
public static class KeyHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(MatchFeature features) => (Offset ^ (ulong)features) * Prime;

    public static ulong Add(ulong hash, string part)
    {
        foreach (var c in part)
        {
            hash = (hash ^ c) * Prime;
        }

        // A separator, so ("ab","c") and ("a","bc") differ.
        return (hash ^ 0x1F) * Prime;
    }

    public static ulong Of(MatchFeature feature, string value) => Add(Start(feature), value);
}
