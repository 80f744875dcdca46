namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// A company name with its legal form recognised and set apart (<c>Công ty TNHH</c>, <c>CTCP</c>,
/// <c>JSC</c>, <c>Co., Ltd</c>, …), so <c>Công ty TNHH Sao Mai</c>, <c>CÔNG TY TNHH SAO MAI</c> and
/// <c>Sao Mai Co., Ltd</c> share <see cref="Key"/>. <see cref="LegalForm"/> keeps the class
/// (<c>tnhh</c>, <c>cp</c>, …) as a separate feature rather than discarding it.
/// </summary>
public sealed record CompanyName(string Key, IReadOnlyList<string> Tokens, string? LegalForm)
{
    public bool IsEmpty => Tokens.Count == 0;

    public static CompanyName Parse(string? name)
    {
        // Placeholder until the normaliser work lands: folded tokens, no legal forms.
        var tokens = TextFold.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        return new CompanyName(string.Join(' ', tokens), tokens, null);
    }
}
