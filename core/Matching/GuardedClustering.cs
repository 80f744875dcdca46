namespace CrmIntegration.Core.Matching;

/// <summary>
/// Union-find over accepted pairs, with a guard against chaining. Pairs are taken strongest first
/// (strong links, then by score). A strong link (an exact rule, or a fuzzy score at or above the
/// strong score) joins its two clusters outright. A weak link joins them only when more than half
/// of all cross pairs of the two clusters are themselves accepted, each scored on demand — so
/// A~B and B~C, both weak, with A≁C leave C out of {A, B}. A weak link whose clusters would need more
/// than <c>maxComparisons</c> cross checks is refused: a weak link is never enough to fuse big groups.
/// </summary>
public sealed class GuardedClustering
{
    private readonly int[] _parent;
    private readonly int[] _size;
    private readonly int[] _next; // members of a cluster as a circular list, for the cross checks

    public GuardedClustering(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        _next = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
            _next[i] = i;
        }
    }

    /// <summary>Weak links refused by the guard.</summary>
    public int Refused { get; private set; }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <param name="pairs">Accepted pairs; sorted in place, strongest first.</param>
    /// <param name="accepts">Scores a pair on demand: does the rule set accept it?</param>
    /// <param name="maxComparisons">Cap on cross checks for one weak link.</param>
    public void Add(ScoredPair[] pairs, Func<int, int, bool> accepts, int maxComparisons)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(accepts);
        Array.Sort(pairs, static (x, y) => x.Strong != y.Strong ? (x.Strong ? -1 : 1) : y.Score.CompareTo(x.Score));
        foreach (var pair in pairs)
        {
            var a = Find(pair.A);
            var b = Find(pair.B);
            if (a == b)
            {
                continue;
            }

            if (pair.Strong || MajorityAccepts(a, b, accepts, maxComparisons))
            {
                Union(a, b);
            }
            else
            {
                Refused++;
            }
        }
    }

    private bool MajorityAccepts(int rootA, int rootB, Func<int, int, bool> accepts, int maxComparisons)
    {
        var cross = (long)_size[rootA] * _size[rootB];
        if (cross == 1)
        {
            return true; // the link itself is the one cross pair, and it was accepted
        }

        if (cross > maxComparisons)
        {
            return false;
        }

        var accepted = 0;
        var x = rootA;
        do
        {
            var y = rootB;
            do
            {
                if (accepts(x, y))
                {
                    accepted++;
                }

                y = _next[y];
            }
            while (y != rootB);
            x = _next[x];
        }
        while (x != rootA);
        return 2L * accepted > cross;
    }

    private void Union(int a, int b)
    {
        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
        (_next[a], _next[b]) = (_next[b], _next[a]); // splice the two circular member lists
    }
}
