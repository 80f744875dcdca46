using System.Text;

namespace CrmIntegration.Core.Query;

/// <summary>
/// A compiled SQL LIKE pattern: <c>%</c> is any run of characters, <c>_</c> exactly one code point,
/// and <c>\</c> makes the next character literal (MySQL's default escape). Matching is the classic
/// greedy-star walk with one backtrack point, O(pattern × value) at worst, so no pattern a caller
/// sends can trigger the exponential backtracking a naively built Regex can.
/// </summary>
public sealed class LikePattern
{
    private readonly Element[] _elements;

    private LikePattern(Element[] elements, string source)
    {
        _elements = elements;
        Source = source;
    }

    /// <summary>The pattern as compiled (already folded when the field compares case-insensitively).</summary>
    public string Source { get; }

    public static LikePattern Compile(string pattern)
    {
        var elements = new List<Element>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                elements.Add(Element.Literal(CodePointAt(pattern, i + 1)));
                i += 1 + Width(pattern, i + 1);
                continue;
            }

            elements.Add(c switch
            {
                '%' => Element.AnyRun,
                '_' => Element.AnyOne,
                _ => Element.Literal(CodePointAt(pattern, i)),
            });
            i += Width(pattern, i);
        }

        // Collapse "%%" so a pattern of many percent signs costs what one costs.
        var compact = elements.Where((e, k) => !(e.Kind == ElementKind.AnyRun && k > 0 && elements[k - 1].Kind == ElementKind.AnyRun));
        return new LikePattern(compact.ToArray(), pattern);
    }

    public bool IsMatch(string value)
    {
        int v = 0, p = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < _elements.Length && _elements[p].Kind == ElementKind.AnyRun)
            {
                starP = p++;
                starV = v;
            }
            else if (p < _elements.Length && _elements[p].Accepts(value, v))
            {
                v += Width(value, v);
                p++;
            }
            else if (starP >= 0)
            {
                // Let the last % swallow one more code point and retry from just after it.
                starV += Width(value, starV);
                v = starV;
                p = starP + 1;
            }
            else
            {
                return false;
            }
        }

        while (p < _elements.Length && _elements[p].Kind == ElementKind.AnyRun)
        {
            p++;
        }

        return p == _elements.Length;
    }

    /// <summary>
    /// The same pattern written for an SQL engine whose LIKE escapes with a backslash (PostgreSQL):
    /// every literal <c>%</c>, <c>_</c> and <c>\</c> escaped, so a trailing lone backslash (a literal
    /// here, an error there) and doubled percent signs mean what they mean here.
    /// </summary>
    public string Escaped()
    {
        var text = new StringBuilder(Source.Length + 4);
        foreach (var element in _elements)
        {
            switch (element.Kind)
            {
                case ElementKind.AnyRun:
                    text.Append('%');
                    break;
                case ElementKind.AnyOne:
                    text.Append('_');
                    break;
                default:
                    if (element.CodePoint is '%' or '_' or '\\')
                    {
                        text.Append('\\');
                    }

                    text.Append(Rune.IsValid(element.CodePoint) ? new Rune(element.CodePoint).ToString() : ((char)element.CodePoint).ToString());
                    break;
            }
        }

        return text.ToString();
    }

    public override string ToString() => Source;

    // A lone surrogate is not a valid Rune; it stands for itself rather than throwing.
    private static int CodePointAt(string text, int index) =>
        Rune.TryGetRuneAt(text, index, out var rune) ? rune.Value : text[index];

    private static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private enum ElementKind
    {
        Literal,
        AnyOne,
        AnyRun,
    }

    private readonly record struct Element(ElementKind Kind, int CodePoint)
    {
        public static Element AnyRun => new(ElementKind.AnyRun, 0);

        public static Element AnyOne => new(ElementKind.AnyOne, 0);

        public static Element Literal(int codePoint) => new(ElementKind.Literal, codePoint);

        public bool Accepts(string value, int index) =>
            Kind == ElementKind.AnyOne || CodePointAt(value, index) == CodePoint;
    }
}
