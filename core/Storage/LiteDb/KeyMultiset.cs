namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// Keys with how many records hold each, in ordinal order, counted by key or by range in
/// O(log n + chunks) without visiting every key: what lets <see cref="FieldTally"/> answer
/// "how many leads have status New" or "how many were entered this week" in microseconds. Sorted
/// chunks of at most <see cref="MaxChunk"/> keys, each knowing its total, so an insert moves at most
/// one chunk's entries.
/// </summary>
internal sealed class KeyMultiset
{
    private const int MaxChunk = 128;

    private readonly List<Chunk> _chunks = [];

    /// <summary>Records counted, over all keys.</summary>
    public long Total { get; private set; }

    /// <summary>Distinct keys held.</summary>
    public int KeyCount => _chunks.Sum(c => c.Keys.Count);

    /// <summary>Adds <paramref name="delta"/> (negative to remove) records under <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">A removal takes a key below zero: the tally no longer matches the store.</exception>
    public void Add(string key, int delta)
    {
        if (delta == 0)
        {
            return;
        }

        var c = ChunkFor(key);
        if (c < 0)
        {
            if (delta < 0)
            {
                throw Drift(key);
            }

            _chunks.Insert(0, new Chunk());
            c = 0;
        }

        var chunk = _chunks[c];
        var at = chunk.Keys.BinarySearch(key, StringComparer.Ordinal);
        if (at >= 0)
        {
            var count = chunk.Counts[at] + delta;
            if (count < 0)
            {
                throw Drift(key);
            }

            if (count == 0)
            {
                chunk.Keys.RemoveAt(at);
                chunk.Counts.RemoveAt(at);
                if (chunk.Keys.Count == 0)
                {
                    _chunks.RemoveAt(c);
                }
            }
            else
            {
                chunk.Counts[at] = count;
            }
        }
        else if (delta < 0)
        {
            throw Drift(key);
        }
        else
        {
            chunk.Keys.Insert(~at, key);
            chunk.Counts.Insert(~at, delta);
            if (chunk.Keys.Count > MaxChunk)
            {
                Split(c);
            }
        }

        if (c < _chunks.Count && _chunks[c] == chunk)
        {
            chunk.Sum += delta;
        }

        Total += delta;
    }

    /// <summary>Records under exactly <paramref name="key"/>.</summary>
    public long Count(string key)
    {
        var c = ChunkFor(key);
        if (c < 0)
        {
            return 0;
        }

        var at = _chunks[c].Keys.BinarySearch(key, StringComparer.Ordinal);
        return at >= 0 ? _chunks[c].Counts[at] : 0;
    }

    /// <summary>Records whose key lies between the bounds (a null bound is open).</summary>
    public long CountRange(string? low, bool lowInclusive, string? high, bool highInclusive)
    {
        var before = low is null ? 0 : CountBelow(low, inclusive: !lowInclusive);
        var upTo = high is null ? Total : CountBelow(high, inclusive: highInclusive);
        return Math.Max(0, upTo - before);
    }

    /// <summary>Records whose key is below <paramref name="key"/> (or equal to it, when inclusive).</summary>
    private long CountBelow(string key, bool inclusive)
    {
        long sum = 0;
        foreach (var chunk in _chunks)
        {
            var last = chunk.Keys[^1];
            var cmp = string.CompareOrdinal(last, key);
            if (cmp < 0 || (cmp == 0 && inclusive))
            {
                sum += chunk.Sum;
                continue;
            }

            for (var i = 0; i < chunk.Keys.Count; i++)
            {
                var c = string.CompareOrdinal(chunk.Keys[i], key);
                if (c > 0 || (c == 0 && !inclusive))
                {
                    break;
                }

                sum += chunk.Counts[i];
            }

            break;
        }

        return sum;
    }

    /// <summary>The chunk whose first key is the greatest at or below <paramref name="key"/>; the first chunk for a key below all; -1 when empty.</summary>
    private int ChunkFor(string key)
    {
        if (_chunks.Count == 0)
        {
            return -1;
        }

        int low = 0, high = _chunks.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (string.CompareOrdinal(_chunks[mid].Keys[0], key) <= 0)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private void Split(int c)
    {
        var chunk = _chunks[c];
        var half = chunk.Keys.Count / 2;
        var right = new Chunk();
        right.Keys.AddRange(chunk.Keys.Skip(half));
        right.Counts.AddRange(chunk.Counts.Skip(half));
        chunk.Keys.RemoveRange(half, chunk.Keys.Count - half);
        chunk.Counts.RemoveRange(half, chunk.Counts.Count - half);
        right.Sum = right.Counts.Sum(n => (long)n);
        chunk.Sum -= right.Sum;
        _chunks.Insert(c + 1, right);
    }

    private static InvalidOperationException Drift(string key) =>
        new($"the tally of key '{key}' would go below zero; it no longer matches the store");

    private sealed class Chunk
    {
        public List<string> Keys { get; } = [];

        public List<int> Counts { get; } = [];

        public long Sum { get; set; }
    }
}
