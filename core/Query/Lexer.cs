namespace CrmIntegration.Core.Query;

/// <summary>
/// Splits a query fragment into tokens. Everything SQL could use to end or comment out a condition
/// (<c>;</c>, <c>--</c>, <c>#</c>, <c>/* */</c>) and every character the grammar has no use for is
/// refused here, with its position, before the parser sees anything.
/// </summary>
internal static partial class Lexer
{
    public static List<Token> Tokenize(string text)
    {
        if (text.Length > QueryLimits.MaxLength)
        {
            throw QueryRefusal.Because(
                $"the query is {text.Length} characters long; at most {QueryLimits.MaxLength} are allowed");
        }

        RefuseBrokenUnicode(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var position = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], position));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(Number(text, ref i));
            }
            else if (c == '\'')
            {
                tokens.Add(new Token(TokenKind.String, QuotedString(text, ref i), position));
            }
            else
            {
                tokens.Add(Punctuation(text, ref i));
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length + 1));
        return tokens;
    }

    private static Token Number(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        // "0x41", "1e9", "12abc" and "1.2.3" are hex literals, exponents or garbage in SQL; none is a
        // plain decimal, so they are refused whole rather than split into surprising tokens.
        if (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
        {
            var end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
            {
                end++;
            }

            throw QueryRefusal.At($"malformed number '{QueryRefusal.Clip(text[start..end])}'", start + 1);
        }

        return new Token(TokenKind.Number, text[start..i], start + 1);
    }

    private static Token Punctuation(string text, ref int i)
    {
        var c = text[i];
        var position = i + 1;
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var two = string.Concat(c, next);
        switch (c)
        {
            case ';':
                throw QueryRefusal.At("';'", position, " — a query is a single condition");
            case '#':
                throw QueryRefusal.At("comment '#'", position, " is not allowed");
            case '-' when next == '-':
            case '/' when next == '*':
                throw QueryRefusal.At($"comment '{two}'", position, " is not allowed");
            case '"':
                throw QueryRefusal.At("double-quoted text", position, " is not allowed; quote values with single quotes");
            case '`':
                throw QueryRefusal.At("backtick-quoted name", position, " is not allowed; write names unquoted");
        }

        if (two is "<>" or "!=" or "<=" or ">=")
        {
            i += 2;
            return new Token(TokenKind.Operator, two, position);
        }

        i++;
        return c switch
        {
            '=' or '<' or '>' => new Token(TokenKind.Operator, c.ToString(), position),
            '.' => new Token(TokenKind.Dot, ".", position),
            ',' => new Token(TokenKind.Comma, ",", position),
            '(' => new Token(TokenKind.OpenParen, "(", position),
            ')' => new Token(TokenKind.CloseParen, ")", position),
            '+' => new Token(TokenKind.Plus, "+", position),
            '-' => new Token(TokenKind.Minus, "-", position),
            _ => throw QueryRefusal.At($"unexpected character {QueryRefusal.Describe(c)}", position,
                " is not part of the query language"),
        };
    }
}
