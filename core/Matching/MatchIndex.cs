namespace CrmIntegration.Core.Matching;

/// <summary>
/// A reusable in-memory index of existing profiles (any modules) for one-at-a-time questions — "is
/// this incoming lead already known?" — as SOAP <c>find_duplicates</c> and lead intake ask. Postings
/// are linked lists in flat arrays keyed by blocking hash, far lighter than a list per key.
/// Frequencies grow as profiles are added. Adds and queries may come from several threads.
/// </summary>
public sealed class MatchIndex
{
    private readonly List<MatchProfile> _profiles = [];
    private readonly Dictionary<ulong, int> _head = [];
    private readonly List<int> _nodeProfile = [];
    private readonly List<int> _nodeNext = [];
    private readonly List<int> _blockSize = [];
    private readonly ReaderWriterLockSlim _gate = new();
    private readonly MatchFeature[] _combinations;

    /// <param name="combinations">Key combinations to index: the union of the rule sets' blocking keys.</param>
    public MatchIndex(IEnumerable<MatchFeature> combinations)
    {
        ArgumentNullException.ThrowIfNull(combinations);
        _combinations = [.. combinations.Distinct()];
    }

    public FrequencyTable Frequencies { get; } = new();

    public int Count => _profiles.Count;

    public int Add(MatchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var keys = BlockingKeys.Of(profile, _combinations);
        _gate.EnterWriteLock();
        try
        {
            var index = _profiles.Count;
            _profiles.Add(profile);
            Frequencies.Add(profile);
            foreach (var key in keys)
            {
                // Each node remembers the block size at its insertion; the head's is the block's.
                var node = _nodeProfile.Count;
                var previous = _head.GetValueOrDefault(key, -1);
                _nodeProfile.Add(index);
                _nodeNext.Add(previous);
                _blockSize.Add(previous < 0 ? 1 : _blockSize[previous] + 1);
                _head[key] = node;
            }

            return index;
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Profiles of <paramref name="module"/> (any when null) that the rule set accepts as duplicates
    /// of <paramref name="candidate"/>, best first. Blocks larger than the limit are skipped, as in
    /// batch finding. The candidate itself (same module and id) is never returned.
    /// </summary>
    public IReadOnlyList<IndexMatch> Query(MatchProfile candidate, RuleSet rules, int maxBlockSize, string? module = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var combination in rules.BlockingKeys)
        {
            if (Array.IndexOf(_combinations, combination) < 0)
            {
                throw new ArgumentException($"The index does not hold {MatchRules.Canonical(combination)} keys that rule set '{rules.Name}' needs.", nameof(rules));
            }
        }

        var keys = BlockingKeys.Of(candidate, rules.BlockingKeys);
        var matches = new List<IndexMatch>();
        var seen = new HashSet<int>();
        _gate.EnterReadLock();
        try
        {
            foreach (var key in keys)
            {
                if (!_head.TryGetValue(key, out var node) || _blockSize[node] > maxBlockSize)
                {
                    continue;
                }

                for (; node >= 0; node = _nodeNext[node])
                {
                    var index = _nodeProfile[node];
                    var profile = _profiles[index];
                    if (!seen.Add(index)
                        || (module is not null && !string.Equals(profile.Module, module, StringComparison.OrdinalIgnoreCase))
                        || (string.Equals(profile.Id, candidate.Id, StringComparison.Ordinal) && string.Equals(profile.Module, candidate.Module, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    var decision = rules.Evaluate(candidate, profile, Frequencies);
                    if (decision.Accepted)
                    {
                        matches.Add(new IndexMatch(profile, decision.Score, decision.Rule!.Name, decision.Strong));
                    }
                }
            }
        }
        finally
        {
            _gate.ExitReadLock();
        }

        matches.Sort(static (x, y) => y.Score.CompareTo(x.Score));
        return matches;
    }
}
