using System.Buffers;
using System.Globalization;
using System.Text;

namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// Folds text for matching: NFC, lower case, whitespace collapsed, and diacritics removed with
/// <c>đ/Đ</c> mapped to <c>d</c> (they have no Unicode decomposition). <see cref="Exact"/> keeps diacritics.
/// </summary>
/// <remarks>
/// Both forms treat punctuation and symbols (commas, dots, hyphens, slashes, <c>&amp;</c>, …) as word
/// separators, so <c>"Co.,Ltd"</c> gives <c>"co ltd"</c> and <c>"Nguyễn-Văn"</c> gives two tokens.
/// Apostrophes and format characters (zero-width space, soft hyphen) are removed without a
/// separator, so <c>O'Brien</c> and <c>OBrien</c> fold alike. Letters and digits are kept. Both forms
/// apply the same separator rule so a name splits into the same tokens folded and exact.
/// </remarks>
public static class TextFold
{
    // Inputs longer than this use a pooled buffer instead of the stack.
    private const int StackLimit = 256;

    // Per-character fold for U+0000–U+1FFF (Latin, Greek, Cyrillic, Latin Extended Additional, where
    // Vietnamese lives): computed once from NFD so the hot path needs no Normalize call and no
    // intermediate string. Values: a folded lower-case char, Separator, or Removed.
    private const char Separator = '\uFFFF';
    private const char Removed = '\uFFFE';
    private const int TableSize = 0x2000;
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Folded: <c>"  NGUYỄN   Văn Đức "</c> → <c>"nguyen van duc"</c>.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = 0;
            var pendingSpace = false;
            var needsCompose = false;
            foreach (var c in text)
            {
                var mapped = c < TableSize ? FoldTable[c] : FoldOutsideTable(c);
                if (mapped == Removed)
                    continue;
                if (mapped == Separator)
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }
                needsCompose |= mapped >= TableSize || mapped is >= '\u1100' and <= '\u11FF';
                buffer[length++] = mapped;
            }
            var result = ToStringReusing(text, buffer[..length]);
            // Only scripts whose letters compose beyond base + diacritic (Hangul jamo, Indic, …) may
            // still need composing; Vietnamese and other Latin text never does.
            return needsCompose ? result.Normalize(NormalizationForm.FormC) : result;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>NFC, lower case, whitespace collapsed; diacritics kept: → <c>"nguyễn văn đức"</c>.</summary>
    public static string Exact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        // NFC first so decomposed input (e + U+0302 + U+0303) becomes one letter before lower-casing.
        var composed = IsAscii(text) ? text : text.Normalize(NormalizationForm.FormC);
        char[]? rented = null;
        Span<char> buffer = composed.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(composed.Length));
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in composed)
            {
                var kind = Classify(c);
                if (kind == Removed)
                    continue;
                if (kind == Separator)
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }
                buffer[length++] = char.ToLowerInvariant(c);
            }
            return ToStringReusing(text, buffer[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Already-normalised input (the common case for stored keys) is returned as is: no allocation.
    private static string ToStringReusing(string original, ReadOnlySpan<char> folded) =>
        folded.SequenceEqual(original) ? original : new string(folded);

    private static bool IsAscii(string text) => Ascii.IsValid(text);

    private static char FoldOutsideTable(char c)
    {
        var kind = Classify(c);
        if (kind != c)
            return kind;
        // Marks are the diacritics of decomposed text; surrogates (rare CJK, emoji) pass through.
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark => Removed,
            _ => char.ToLowerInvariant(c),
        };
    }

    // The separator rule shared by both forms: returns c itself when the character is kept.
    private static char Classify(char c)
    {
        if (c < 0x80)
        {
            if (char.IsAsciiLetterOrDigit(c))
                return c;
            return c is '\'' or '`' ? Removed : Separator;
        }
        // Typographic apostrophes (’ ʼ ‘) behave like the ASCII one.
        if (c is '\u2019' or '\u02BC' or '\u2018')
            return Removed;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse => c,
            UnicodeCategory.Format => Removed,
            _ => Separator,
        };
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var kind = Classify(c);
            if (kind is Separator or Removed)
            {
                table[i] = kind;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark)
            {
                table[i] = Removed;
                continue;
            }
            // The base letter is the first char of the canonical decomposition (ế → e + ̂ + ́).
            one[0] = c;
            var decomposed = c < 0x80 ? one.ToString() : one.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(decomposed[0]);
        }
        // Letters with a stroke have no decomposition. Đ/đ is Vietnamese; Ð/ð (Icelandic eth) look
        // identical and turn up in text converted from legacy Vietnamese encodings, so both give d.
        table['\u0110'] = table['\u0111'] = table['\u00D0'] = table['\u00F0'] = table['\u0189'] = 'd';
        table['\u0141'] = table['\u0142'] = 'l';
        table['\u00D8'] = table['\u00F8'] = 'o';
        return table;
    }
}
