namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// Folds text for matching: NFC, lower case, whitespace collapsed, and diacritics removed with
/// <c>đ/Đ</c> mapped to <c>d</c> (they have no Unicode decomposition). <see cref="Exact"/> keeps diacritics.
/// </summary>
public static class TextFold
{
    /// <summary>Folded: <c>"  NGUYỄN   Văn Đức "</c> → <c>"nguyen van duc"</c>.</summary>
    public static string Fold(string? text) => Exact(text); // Placeholder until the normaliser work lands.

    /// <summary>NFC, lower case, whitespace collapsed; diacritics kept: → <c>"nguyễn văn đức"</c>.</summary>
    public static string Exact(string? text) =>
        string.Join(' ', (text ?? "").Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
