namespace CrmIntegration.Core.Query;

/// <summary>
/// One token of a query fragment. <see cref="Text"/> is the identifier or operator as written, a
/// string literal's value with its escapes resolved, or a number's digits. <see cref="Position"/> is
/// 1-based, counted in UTF-16 characters, so refusal messages point where an editor's column does.
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token as a refusal message quotes it.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the query",
        TokenKind.String => $"string '{QueryRefusal.Clip(Text)}'",
        _ => $"'{QueryRefusal.Clip(Text)}'",
    };
}
