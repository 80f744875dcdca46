using System.Diagnostics;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching;

/// <summary>
/// Finds duplicate groups within one module: profiles (in parallel) → frequencies → candidate pairs
/// by blocking → scoring (in parallel) → guarded union-find. Records stream in and only their
/// compact profiles are kept, so a million leads fit in well under 2 GB.
/// </summary>
public static class RecordClustering
{
    public static ClusteringResult Find(IEnumerable<CrmRecord> records, RuleSet rules, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new MatchingOptions();
        var clock = Stopwatch.StartNew();
        var factory = new MatchProfileFactory();
        var includeDeleted = options.IncludeDeleted;
        var profiles = records
            // Converted leads are history, never duplicates (DuplicateModules), deleted or not.
            .Where(r => (includeDeleted || !r.IsDeleted) && !DuplicateModules.IsHistory(r))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(options.EffectiveParallelism)
            .Select(factory.Create)
            .ToList();
        return Find(profiles, rules, options, clock.Elapsed);
    }

    public static ClusteringResult Find(IReadOnlyList<MatchProfile> profiles, RuleSet rules, MatchingOptions? options = null, TimeSpan profiling = default)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(rules);
        options ??= new MatchingOptions();
        var clock = Stopwatch.StartNew();
        var frequencies = FrequencyTable.Build(profiles);
        var candidates = CandidateBlocker.Pairs(profiles, rules.BlockingKeys, options.MaxBlockSize, out var blocking);
        var blockingTime = clock.Elapsed;

        clock.Restart();
        var accepted = Score(profiles, rules, frequencies, candidates, options.EffectiveParallelism);
        candidates = null;
        var scoringTime = clock.Elapsed;

        clock.Restart();
        var clustering = new GuardedClustering(profiles.Count);
        clustering.Add(accepted, (x, y) => rules.Evaluate(profiles[x], profiles[y], frequencies).Accepted, options.MaxGuardComparisons);
        var groups = Groups(profiles, rules, accepted, clustering);
        var stats = new ClusteringStats(profiles.Count, blocking, accepted.LongLength, clustering.Refused, profiling, blockingTime, scoringTime, clock.Elapsed);
        return new ClusteringResult(groups, stats);
    }

    private static ScoredPair[] Score(IReadOnlyList<MatchProfile> profiles, RuleSet rules, FrequencyTable frequencies, ulong[] candidates, int parallelism)
    {
        var results = new List<ScoredPair>[parallelism];
        var chunk = Math.Max(1024, candidates.Length / (parallelism * 8) + 1);
        var next = -chunk;
        Parallel.For(0, parallelism, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, worker =>
        {
            var mine = results[worker] = [];
            int start;
            // Work is handed out in chunks from a shared cursor: pair costs vary (names, blocks).
            while ((start = Interlocked.Add(ref next, chunk)) < candidates.Length)
            {
                var end = Math.Min(candidates.Length, start + chunk);
                for (var i = start; i < end; i++)
                {
                    var (a, b) = CandidateBlocker.Unpack(candidates[i]);
                    var decision = rules.Evaluate(profiles[a], profiles[b], frequencies);
                    if (decision.Accepted)
                    {
                        mine.Add(new ScoredPair(a, b, (float)decision.Score, decision.Strong, (byte)IndexOf(rules, decision.Rule)));
                    }
                }
            }
        });

        var all = new List<ScoredPair>();
        foreach (var list in results)
        {
            all.AddRange(list);
        }

        return [.. all];
    }

    private static int IndexOf(RuleSet rules, IMatchRule? rule)
    {
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            if (ReferenceEquals(rules.Rules[i], rule))
            {
                return i;
            }
        }

        return 0;
    }

    private static List<RecordCluster> Groups(IReadOnlyList<MatchProfile> profiles, RuleSet rules, ScoredPair[] accepted, GuardedClustering clustering)
    {
        // A member's score is its best accepted link inside its final group.
        var best = new Dictionary<int, ScoredPair>();
        foreach (var pair in accepted)
        {
            if (clustering.Find(pair.A) != clustering.Find(pair.B))
            {
                continue;
            }

            foreach (var member in (ReadOnlySpan<int>)[pair.A, pair.B])
            {
                if (!best.TryGetValue(member, out var current) || current.Score < pair.Score)
                {
                    best[member] = pair;
                }
            }
        }

        var byRoot = new Dictionary<int, List<ClusterMember>>();
        foreach (var (member, pair) in best)
        {
            var root = clustering.Find(member);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(new ClusterMember(profiles[member].Id, Math.Round(pair.Score, 2), rules.Rules[pair.Rule].Name));
        }

        var groups = new List<List<ClusterMember>>(byRoot.Values);
        foreach (var g in groups)
        {
            g.Sort(static (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Id, y.Id));
        }

        groups.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x[0].Id, y[0].Id));
        var module = profiles.Count > 0 ? profiles[0].Module : "";
        var result = new List<RecordCluster>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            result.Add(new RecordCluster(i + 1, module, groups[i]));
        }

        return result;
    }
}
