namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// A company name with its legal form recognised and set apart (<c>Công ty TNHH</c>, <c>CTCP</c>,
/// <c>JSC</c>, <c>Co., Ltd</c>, …), so <c>Công ty TNHH Sao Mai</c>, <c>CÔNG TY TNHH SAO MAI</c> and
/// <c>Sao Mai Co., Ltd</c> share <see cref="Key"/>. <see cref="LegalForm"/> keeps the class
/// (<c>tnhh</c>, <c>cp</c>, …) as a separate feature rather than discarding it.
/// </summary>
/// <remarks>
/// Legal forms are found anywhere in the name (prefix or suffix), after folding, so case, diacritics
/// and punctuation (<c>Co.,Ltd.</c>) do not matter; the classes are in <see cref="CompanyLegalForm"/>.
/// Generic words (<c>Công ty</c>, <c>Cty</c>, <c>Company</c>) are dropped; descriptive noise
/// (<c>Tập đoàn</c>/<c>Group</c>, <c>Chi nhánh</c>, <c>Văn phòng đại diện</c>, <c>Việt Nam</c>) is
/// dropped unless nothing else is left. Runs of single letters are joined (<c>J.S.C</c>, <c>A&amp;B</c>
/// → <c>jsc</c>, <c>ab</c>), as initials are written both ways. <see cref="Key"/> keeps the remaining
/// tokens in their original order: in a company name the order is part of the name (Sao Mai is not
/// Mai Sao), unlike a person's name, which data sources rotate.
/// </remarks>
public sealed record CompanyName(string Key, IReadOnlyList<string> Tokens, string? LegalForm)
{
    public bool IsEmpty => Tokens.Count == 0;

    public static CompanyName Parse(string? name)
    {
        var tokens = JoinInitials(TextFold.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var core = new List<string>(tokens.Count);
        var noise = new List<string>();
        string? legalForm = null;
        for (var i = 0; i < tokens.Count;)
        {
            var match = CompanyNameTerms.Match(tokens, i);
            if (match is null)
            {
                core.Add(tokens[i++]);
                continue;
            }
            if (match.Kind == CompanyNameTerms.Kind.LegalForm)
                legalForm = MoreSpecific(legalForm, match.LegalForm!);
            else if (match.Kind == CompanyNameTerms.Kind.Noise)
                noise.AddRange(match.Tokens);
            i += match.Tokens.Length;
        }
        // "Việt Nam" or "Tập đoàn" alone is the name, not noise around one.
        if (core.Count == 0)
            core = noise;
        return new CompanyName(string.Join(' ', core), core, legalForm);
    }

    // The first form found wins, except that a Vietnamese enterprise-law form outranks an
    // organisational label (Tổng công ty cổ phần → cp) and MTV refines TNHH.
    private static string MoreSpecific(string? current, string found)
    {
        if (current is null)
            return found;
        return Rank(found) > Rank(current) ? found : current;
    }

    private static int Rank(string form) => form switch
    {
        CompanyLegalForm.TnhhMtv => 3,
        CompanyLegalForm.Corp or CompanyLegalForm.Inc => 1,
        _ => 2,
    };

    private static List<string> JoinInitials(string[] tokens)
    {
        var result = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var end = i;
            while (end < tokens.Length && tokens[end].Length == 1)
                end++;
            if (end - i >= 2)
            {
                result.Add(string.Concat(tokens[i..end]));
                i = end;
            }
            else
            {
                result.Add(tokens[i++]);
            }
        }
        return result;
    }
}
