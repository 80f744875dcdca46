namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>The folded word sequences <see cref="CompanyName"/> recognises, longest first at each position.</summary>
internal static class CompanyNameTerms
{
    internal enum Kind
    {
        /// <summary>A legal form: removed from the key, its class kept.</summary>
        LegalForm,

        /// <summary>A word every company has (Công ty, Company): removed.</summary>
        Generic,

        /// <summary>Descriptive words removed unless nothing else is left.</summary>
        Noise,
    }

    internal sealed record Term(string[] Tokens, Kind Kind, string? LegalForm);

    // Written folded (see TextFold.Fold). "cp" and "co" are ordinary Vietnamese syllables when
    // folded (cổ, có, cơ khí), so they only count inside a longer term.
    private static readonly (string Words, Kind Kind, string? Form)[] Table =
    [
        ("tnhh mtv", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("tnhhmtv", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("tnhh mot thanh vien", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("trach nhiem huu han mot thanh vien", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("one member company limited", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("one member co ltd", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("one member limited liability company", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("one member llc", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("single member limited liability company", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("single member company limited", Kind.LegalForm, CompanyLegalForm.TnhhMtv),
        ("single member llc", Kind.LegalForm, CompanyLegalForm.TnhhMtv),

        ("tnhh", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("trach nhiem huu han", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("tnhh hai thanh vien tro len", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("tnhh hai thanh vien", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("tnhh 2tv", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("co ltd", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("co limited", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("company limited", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("company ltd", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("limited company", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("limited liability company", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("pte ltd", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("ltd", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("limited", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("llc", Kind.LegalForm, CompanyLegalForm.Tnhh),
        ("gmbh", Kind.LegalForm, CompanyLegalForm.Tnhh),

        ("co phan", Kind.LegalForm, CompanyLegalForm.Cp),
        ("cong ty cp", Kind.LegalForm, CompanyLegalForm.Cp),
        ("cty cp", Kind.LegalForm, CompanyLegalForm.Cp),
        ("ctcp", Kind.LegalForm, CompanyLegalForm.Cp),
        ("tmcp", Kind.LegalForm, CompanyLegalForm.Cp),
        ("thuong mai co phan", Kind.LegalForm, CompanyLegalForm.Cp),
        ("jsc", Kind.LegalForm, CompanyLegalForm.Cp),
        ("jsco", Kind.LegalForm, CompanyLegalForm.Cp),
        ("joint stock company", Kind.LegalForm, CompanyLegalForm.Cp),
        ("joint stock co", Kind.LegalForm, CompanyLegalForm.Cp),
        ("joint stock", Kind.LegalForm, CompanyLegalForm.Cp),
        ("plc", Kind.LegalForm, CompanyLegalForm.Cp),

        ("tong cong ty", Kind.LegalForm, CompanyLegalForm.Corp),
        ("corporation", Kind.LegalForm, CompanyLegalForm.Corp),
        ("corp", Kind.LegalForm, CompanyLegalForm.Corp),
        ("co inc", Kind.LegalForm, CompanyLegalForm.Inc),
        ("inc", Kind.LegalForm, CompanyLegalForm.Inc),
        ("incorporated", Kind.LegalForm, CompanyLegalForm.Inc),
        ("doanh nghiep tu nhan", Kind.LegalForm, CompanyLegalForm.Dntn),
        ("dntn", Kind.LegalForm, CompanyLegalForm.Dntn),
        ("hop tac xa", Kind.LegalForm, CompanyLegalForm.Htx),
        ("htx", Kind.LegalForm, CompanyLegalForm.Htx),

        ("cong ty", Kind.Generic, null),
        ("cty", Kind.Generic, null),
        ("company", Kind.Generic, null),

        ("tap doan", Kind.Noise, null),
        ("group", Kind.Noise, null),
        ("chi nhanh", Kind.Noise, null),
        ("van phong dai dien", Kind.Noise, null),
        ("vpdd", Kind.Noise, null),
        ("viet nam", Kind.Noise, null),
        ("vietnam", Kind.Noise, null),
    ];

    private static readonly Dictionary<string, Term[]> ByFirstWord = Table
        .Select(t => new Term(t.Words.Split(' '), t.Kind, t.Form))
        .GroupBy(t => t.Tokens[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The longest term starting at <paramref name="start"/>, or null.</summary>
    internal static Term? Match(IReadOnlyList<string> tokens, int start)
    {
        if (!ByFirstWord.TryGetValue(tokens[start], out var candidates))
            return null;
        foreach (var term in candidates)
        {
            if (start + term.Tokens.Length > tokens.Count)
                continue;
            var matches = true;
            for (var k = 1; k < term.Tokens.Length && matches; k++)
                matches = string.Equals(tokens[start + k], term.Tokens[k], StringComparison.Ordinal);
            if (matches)
                return term;
        }
        return null;
    }
}
