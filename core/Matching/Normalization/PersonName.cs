namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// A person's name as a multiset of tokens, so <c>Nguyễn Văn An</c>, <c>NGUYEN VAN AN</c>,
/// <c>An Nguyen Van</c> and a full name typed into one field compare equal by <see cref="FoldedKey"/>,
/// while <see cref="ExactKey"/> (diacritics kept) lets an exact match score higher than a folded one.
/// Tokens are sorted, so the keys do not depend on name order or on which field held which part.
/// </summary>
public sealed record PersonName(IReadOnlyList<string> ExactTokens, IReadOnlyList<string> FoldedTokens)
{
    /// <summary>Folded tokens, sorted, joined by one space; empty when there is no name.</summary>
    public string FoldedKey => string.Join(' ', FoldedTokens);

    /// <summary>Exact (diacritics kept) tokens, sorted, joined by one space.</summary>
    public string ExactKey => string.Join(' ', ExactTokens);

    public bool IsEmpty => FoldedTokens.Count == 0;

    /// <summary>Builds the name from SugarCRM's first/last name fields; either may hold the full name.</summary>
    public static PersonName Parse(string? firstName, string? lastName)
    {
        var exact = TextFold.Exact($"{firstName} {lastName}").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        var folded = exact.Select(TextFold.Fold).Order(StringComparer.Ordinal).ToList();
        return new PersonName(exact, folded);
    }
}
