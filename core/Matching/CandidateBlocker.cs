namespace CrmIntegration.Core.Matching;

/// <summary>
/// Candidate pairs for a batch: every (profile, key) hash goes into one array, the array is sorted,
/// and each run of equal hashes is a block whose members are paired. Cost grows with the number of
/// keys (n log n sort) plus the pairs inside blocks, never with n². A block above the size limit is
/// skipped whole (a switchboard shared by hundreds, or a key that is common by nature) and counted in
/// <see cref="BlockingStats"/>; its members still meet through their other keys.
/// </summary>
public static class CandidateBlocker
{
    /// <returns>Distinct pairs packed as <c>(long)low &lt;&lt; 32 | high</c>, low &lt; high, sorted.</returns>
    public static ulong[] Pairs(IReadOnlyList<MatchProfile> profiles, IReadOnlyList<MatchFeature> combinations, int maxBlockSize, out BlockingStats stats)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(combinations);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlockSize, 2);
        var (keys, owners) = Entries(profiles, combinations);
        Array.Sort(keys, owners);

        var pairs = new List<ulong>();
        long blocks = 0, skipped = 0, skippedRecords = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            var size = end - start;
            if (size > maxBlockSize)
            {
                skipped++;
                skippedRecords += size;
            }
            else if (size > 1)
            {
                blocks++;
                for (var i = start; i < end; i++)
                {
                    for (var j = i + 1; j < end; j++)
                    {
                        if (owners[i] != owners[j])
                        {
                            pairs.Add(Pack(owners[i], owners[j]));
                        }
                    }
                }
            }

            start = end;
        }

        var result = pairs.ToArray();
        pairs = null;
        Array.Sort(result);
        var distinct = Distinct(result);
        stats = new BlockingStats(keys.LongLength, blocks, skipped, skippedRecords, distinct);
        return distinct == result.Length ? result : result[..distinct];
    }

    public static ulong Pack(int a, int b) => a < b ? ((ulong)(uint)a << 32) | (uint)b : ((ulong)(uint)b << 32) | (uint)a;

    public static (int Low, int High) Unpack(ulong pair) => ((int)(pair >> 32), (int)(uint)pair);

    private static (ulong[] Keys, int[] Owners) Entries(IReadOnlyList<MatchProfile> profiles, IReadOnlyList<MatchFeature> combinations)
    {
        // Count, then fill at known offsets, so the fill can run in parallel without locks.
        var offsets = new int[profiles.Count + 1];
        for (var i = 0; i < profiles.Count; i++)
        {
            var count = 0;
            foreach (var c in combinations)
            {
                count += BlockingKeys.Count(profiles[i], c);
            }

            offsets[i + 1] = offsets[i] + count;
        }

        var keys = new ulong[offsets[^1]];
        var owners = new int[keys.Length];
        Parallel.For(0, profiles.Count, i =>
        {
            var at = offsets[i];
            foreach (var c in combinations)
            {
                var n = BlockingKeys.Write(profiles[i], c, keys.AsSpan(at));
                owners.AsSpan(at, n).Fill(i);
                at += n;
            }
        });
        return (keys, owners);
    }

    private static int Distinct(ulong[] sorted)
    {
        var n = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (n == 0 || sorted[n - 1] != sorted[i])
            {
                sorted[n++] = sorted[i];
            }
        }

        return n;
    }
}
