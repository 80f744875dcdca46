namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>Bounds on a field's comparison key; a null bound is open. Keys compare ordinally.</summary>
internal sealed record KeyRange(string? Low, bool LowInclusive, string? High, bool HighInclusive)
{
    public static readonly KeyRange All = new(null, false, null, false);

    public bool IsEmpty =>
        Low is not null && High is not null &&
        (string.CompareOrdinal(Low, High) is var c && (c > 0 || (c == 0 && !(LowInclusive && HighInclusive))));

    /// <summary>The tighter lower bound.</summary>
    public KeyRange WithLow(string key, bool inclusive)
    {
        if (Low is null)
        {
            return this with { Low = key, LowInclusive = inclusive };
        }

        var c = string.CompareOrdinal(key, Low);
        return c > 0 || (c == 0 && !inclusive) ? this with { Low = key, LowInclusive = inclusive } : this;
    }

    /// <summary>The tighter upper bound.</summary>
    public KeyRange WithHigh(string key, bool inclusive)
    {
        if (High is null)
        {
            return this with { High = key, HighInclusive = inclusive };
        }

        var c = string.CompareOrdinal(key, High);
        return c < 0 || (c == 0 && !inclusive) ? this with { High = key, HighInclusive = inclusive } : this;
    }

    public bool Contains(string key)
    {
        if (Low is not null && (string.CompareOrdinal(key, Low) is var l && (l < 0 || (l == 0 && !LowInclusive))))
        {
            return false;
        }

        return High is null || (string.CompareOrdinal(key, High) is var h && (h < 0 || (h == 0 && HighInclusive)));
    }

    public override string ToString() =>
        $"{(Low is null ? "(-∞" : (LowInclusive ? "[" : "(") + Low)}, {(High is null ? "+∞)" : High + (HighInclusive ? "]" : ")"))}";
}
