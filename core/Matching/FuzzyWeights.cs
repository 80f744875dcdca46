namespace CrmIntegration.Core.Matching;

/// <summary>
/// Weights of the scored rule, in bits of evidence (log2 of m/u), bindable from configuration
/// (<c>Matching:Fuzzy</c>). Agreement adds, disagreement subtracts, a missing value counts zero.
/// The defaults were chosen so that no name alone (capped at <see cref="NameMax"/>) reaches the
/// <see cref="Threshold"/>: a pair needs an email, a phone or the company to agree as well, which
/// is what keeps namesakes ("Nguyễn Văn Hùng" is thousands of people) apart.
/// </summary>
public sealed class FuzzyWeights
{
    /// <summary>Score from which the fuzzy rule accepts a pair.</summary>
    public double Threshold { get; set; } = 13;

    /// <summary>An email key in common; unique addresses are near-certain evidence.</summary>
    public double EmailAgree { get; set; } = 12;

    /// <summary>Both have emails, none in common: people do use several addresses, so mild.</summary>
    public double EmailDisagree { get; set; } = -3;

    public double PhoneAgree { get; set; } = 10;

    public double PhoneDisagree { get; set; } = -2.5;

    /// <summary>
    /// A key carried by more than this many profiles loses 2 bits per doubling beyond it (a shared
    /// switchboard); up to it, repeats are taken to be the duplicates themselves.
    /// </summary>
    public int SharedKeyFloor { get; set; } = 4;

    /// <summary>
    /// Cap on an email or phone in common when each side also has one the other lacks: colleagues
    /// share a switchboard and keep their own mobiles, so the common key then says little more than
    /// an agreeing company does.
    /// </summary>
    public double SharedLineAgree { get; set; } = 3;

    /// <summary>Token-set similarity of the company tokens from which the company agrees.</summary>
    public double CompanyAgreeSimilarity { get; set; } = 0.8;

    public double CompanyAgree { get; set; } = 3;

    /// <summary>Some tokens in common (from half): a variant of the name, or a branch.</summary>
    public double CompanyPartial { get; set; } = 1;

    /// <summary>Both have a company, little in common: leads change jobs, so mild.</summary>
    public double CompanyDisagree { get; set; } = -1;

    /// <summary>Jaro-Winkler similarity from which two folded name tokens are taken as the same.</summary>
    public double NameTokenSimilarity { get; set; } = 0.92;

    /// <summary>Share of a token's weight earned by a near (not equal) folded match.</summary>
    public double NamePartialCredit { get; set; } = 0.5;

    /// <summary>Bonus per token when both sides wrote it with the same diacritics.</summary>
    public double NameDiacriticBonus { get; set; } = 0.5;

    /// <summary>
    /// Share of the weight kept when both sides carry diacritics and they differ: "Hùng" and "Hưng"
    /// fold alike but are different names.
    /// </summary>
    public double NameDiacriticMismatch { get; set; } = 0.25;

    /// <summary>
    /// Penalty per token of the shorter name that has no partner in the other. A given name that
    /// differs outright ("Trang" against "Phượng") is rare among duplicates, whose typos still pair
    /// as near matches, and usual among colleagues who share a switchboard and a company.
    /// </summary>
    public double NameUnmatchedPenalty { get; set; } = 6;

    public double NameTokenMin { get; set; } = 0.5;

    public double NameTokenMax { get; set; } = 8;

    /// <summary>Cap on the name's total: below the threshold, so a name alone never decides.</summary>
    public double NameMax { get; set; } = 12;

    public FuzzyWeights Clone() => (FuzzyWeights)MemberwiseClone();
}
