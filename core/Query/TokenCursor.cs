using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Query;

/// <summary>A read position over the lexer's tokens, with the expect-or-refuse helpers the parsers share.</summary>
internal sealed class TokenCursor(List<Token> tokens)
{
    private int _index;

    public Token Peek => tokens[_index];

    public bool AtEnd => Peek.Kind == TokenKind.End;

    public Token PeekAt(int offset) => tokens[Math.Min(_index + offset, tokens.Count - 1)];

    public Token Next()
    {
        var token = tokens[_index];
        if (token.Kind != TokenKind.End)
        {
            _index++;
        }

        return token;
    }

    public bool TryKeyword(string keyword)
    {
        if (!Peek.IsKeyword(keyword))
        {
            return false;
        }

        Next();
        return true;
    }

    public Token Expect(TokenKind kind, string expected)
    {
        var token = Next();
        return token.Kind == kind ? token : throw Unexpected(token, expected);
    }

    public Token ExpectKeyword(string keyword)
    {
        var token = Next();
        return token.IsKeyword(keyword) ? token : throw Unexpected(token, keyword);
    }

    public static CrmException Unexpected(Token token, string expected) =>
        token.Kind == TokenKind.End
            ? QueryRefusal.At("the query ends", token.Position, $" where {expected} was expected")
            : QueryRefusal.At($"unexpected {token.Describe()}", token.Position, $"; expected {expected}");
}
