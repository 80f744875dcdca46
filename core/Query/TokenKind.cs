namespace CrmIntegration.Core.Query;

/// <summary>The kinds of token the query lexer produces.</summary>
public enum TokenKind
{
    Identifier,
    String,
    Number,
    Operator,
    Dot,
    Comma,
    OpenParen,
    CloseParen,
    Plus,
    Minus,
    End,
}
