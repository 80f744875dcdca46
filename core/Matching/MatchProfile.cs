namespace CrmIntegration.Core.Matching;

/// <summary>
/// One record reduced to what matching compares, normalised once: email and phone keys, the person
/// name as aligned folded/exact tokens, the company key and tokens. Arrays rather than lists, and
/// shared (pooled) strings for name and company tokens, because a million of these must fit in memory.
/// </summary>
public sealed class MatchProfile
{
    public required string Id { get; init; }

    public required string Module { get; init; }

    /// <summary>Distinct email keys (<see cref="Normalization.EmailKey"/>).</summary>
    public string[] Emails { get; init; } = [];

    /// <summary>Distinct phone keys (<see cref="Normalization.PhoneKey"/>).</summary>
    public string[] Phones { get; init; } = [];

    /// <summary>Folded name tokens, sorted ordinally; empty when the record has no person name.</summary>
    public string[] NameFolded { get; init; } = [];

    /// <summary>
    /// The same tokens with diacritics kept, aligned index by index with <see cref="NameFolded"/>, so
    /// a token match can tell "Hùng = Hùng" (bonus) from "Hùng ≈ Hưng" (only the folded form agrees).
    /// </summary>
    public string[] NameExact { get; init; } = [];

    /// <summary>Folded tokens joined by one space; empty when there is no name.</summary>
    public string NameKey { get; init; } = "";

    /// <summary>The company key; empty when there is none.</summary>
    public string CompanyKey { get; init; } = "";

    /// <summary>Company tokens, distinct and sorted ordinally, for a token-set comparison.</summary>
    public string[] CompanyTokens { get; init; } = [];

    public bool HasName => NameFolded.Length > 0;

    public bool HasCompany => CompanyKey.Length > 0;

    public override string ToString() => $"{Module}/{Id}";
}
