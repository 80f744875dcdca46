namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// A person's name as a multiset of tokens, so <c>Nguyễn Văn An</c>, <c>NGUYEN VAN AN</c>,
/// <c>An Nguyen Van</c> and a full name typed into one field compare equal by <see cref="FoldedKey"/>,
/// while <see cref="ExactKey"/> (diacritics kept) lets an exact match score higher than a folded one.
/// Tokens are sorted, so the keys do not depend on name order or on which field held which part.
/// </summary>
/// <remarks>
/// A leading salutation is dropped from either field: English titles (<c>Mr.</c>, <c>Mrs.</c>,
/// <c>Ms.</c>, <c>Miss</c>, <c>Dr.</c>, <c>Prof.</c>) when any name token remains, and the
/// Vietnamese <c>Chị</c> likewise. <c>Ông</c> and <c>Bà</c> are also surnames (Ông Văn Tùng), so they
/// are dropped only when at least three name tokens remain, the longest common full name.
/// <c>Anh</c> is never dropped: it is one of the most common given names (Tuấn Anh), and a rotated
/// name (<c>Anh Nguyễn Tuấn</c>) puts it first, exactly where a salutation would be. Vietnamese
/// salutations are recognised with their diacritics only, since unaccented <c>Chi</c>, <c>Ba</c>
/// and <c>Ong</c> are given names or surnames.
/// </remarks>
public sealed record PersonName(IReadOnlyList<string> ExactTokens, IReadOnlyList<string> FoldedTokens)
{
    private static readonly HashSet<string> Titles =
        new(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "chị"], StringComparer.Ordinal);

    private static readonly HashSet<string> SurnameLikeTitles = new(["ông", "bà"], StringComparer.Ordinal);

    /// <summary>The name with no tokens.</summary>
    public static PersonName Empty { get; } = new([], []);

    /// <summary>Folded tokens, sorted, joined by one space; empty when there is no name.</summary>
    public string FoldedKey => string.Join(' ', FoldedTokens);

    /// <summary>Exact (diacritics kept) tokens, sorted, joined by one space.</summary>
    public string ExactKey => string.Join(' ', ExactTokens);

    public bool IsEmpty => FoldedTokens.Count == 0;

    /// <summary>Builds the name from SugarCRM's first/last name fields; either may hold the full name.</summary>
    public static PersonName Parse(string? firstName, string? lastName)
    {
        var first = Tokens(firstName);
        var last = Tokens(lastName);
        if (first.Length + last.Length == 0)
            return Empty;
        var firstStart = SkipTitles(first, last.Length);
        var lastStart = SkipTitles(last, first.Length - firstStart);

        var exact = new List<string>(first.Length - firstStart + last.Length - lastStart);
        var folded = new List<string>(exact.Capacity);
        foreach (var token in first.AsSpan(firstStart))
            Add(token, exact, folded);
        foreach (var token in last.AsSpan(lastStart))
            Add(token, exact, folded);
        exact.Sort(StringComparer.Ordinal);
        folded.Sort(StringComparer.Ordinal);
        return new PersonName(exact, folded);
    }

    // A token of combining marks alone folds to nothing; it is dropped from both lists so they
    // always hold the same number of tokens.
    private static void Add(string token, List<string> exact, List<string> folded)
    {
        var fold = TextFold.Fold(token);
        if (fold.Length == 0)
            return;
        exact.Add(token);
        folded.Add(fold);
    }

    private static string[] Tokens(string? field) =>
        string.IsNullOrWhiteSpace(field) ? [] : TextFold.Exact(field).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Index of the first token after the leading salutations of one field; otherTokens counts the
    // name tokens in the other field, so a title is never stripped if it would leave no name.
    private static int SkipTitles(string[] tokens, int otherTokens)
    {
        var start = 0;
        while (start < tokens.Length)
        {
            var remaining = tokens.Length - start - 1 + otherTokens;
            var token = tokens[start];
            var isTitle = Titles.Contains(token) ? remaining >= 1 : SurnameLikeTitles.Contains(token) && remaining >= 3;
            if (!isTitle)
                break;
            start++;
        }
        return start;
    }
}
