using System.Text;

namespace CrmIntegration.Core.Query;

/// <summary>String literals, and the Unicode check that runs before any of them is read.</summary>
internal static partial class Lexer
{
    /// <summary>
    /// A lone surrogate is not text in any encoding; refusing it here keeps Unicode normalisation,
    /// which would throw on it, from ever seeing one.
    /// </summary>
    private static void RefuseBrokenUnicode(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw QueryRefusal.At($"invalid Unicode {QueryRefusal.Describe(text[i])}", i + 1, " (a lone surrogate)");
            }
        }
    }

    /// <summary>
    /// A single-quoted string: <c>''</c> is a quote, and MySQL's backslash escapes are honoured
    /// because PHP clients escape with <c>mysql_real_escape_string</c>. <c>\%</c> and <c>\_</c> keep
    /// their backslash, as in MySQL, so that LIKE sees an escaped wildcard.
    /// </summary>
    private static string QuotedString(string text, ref int i)
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(Unescape(text[i + 1]));
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        throw QueryRefusal.At("unterminated string starting", start + 1);
    }

    private static string Unescape(char c) => c switch
    {
        '0' => "\0",
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
        'b' => "\b",
        'Z' => "\u001a",
        '%' => "\\%",
        '_' => "\\_",
        _ => c.ToString(),
    };
}
