using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>
/// Recursive descent over the condition grammar. Precedence, loosest first: OR, AND, NOT, then a
/// parenthesised condition or a predicate (<see cref="WhereParser"/>'s other part). Depth is
/// counted at every '(' and NOT, so recursion is bounded by <see cref="QueryLimits.MaxDepth"/>.
/// </summary>
internal sealed partial class WhereParser(TokenCursor tokens, ModuleDefinition module, ModuleRegistry registry)
{
    private int _depth;

    public QueryExpression ParseAll()
    {
        var expression = ParseOr();
        var stray = tokens.Peek;
        return stray.Kind == TokenKind.End
            ? expression
            : throw QueryRefusal.At($"unexpected {stray.Describe()}", stray.Position,
                " after a complete condition; join conditions with AND or OR");
    }

    private QueryExpression ParseOr()
    {
        var operands = new List<QueryExpression> { ParseAnd() };
        while (tokens.TryKeyword("OR"))
        {
            operands.Add(ParseAnd());
        }

        return operands.Count == 1 ? operands[0] : new OrExpression(operands);
    }

    private QueryExpression ParseAnd()
    {
        var operands = new List<QueryExpression> { ParseUnary() };
        while (tokens.TryKeyword("AND"))
        {
            operands.Add(ParseUnary());
        }

        return operands.Count == 1 ? operands[0] : new AndExpression(operands);
    }

    private QueryExpression ParseUnary()
    {
        var token = tokens.Peek;
        if (token.IsKeyword("NOT"))
        {
            Enter(token);
            tokens.Next();
            var operand = ParseUnary();
            _depth--;
            return new NotExpression(operand);
        }

        if (token.Kind == TokenKind.OpenParen)
        {
            Enter(token);
            tokens.Next();
            var inner = ParseOr();
            var close = tokens.Next();
            if (close.Kind != TokenKind.CloseParen)
            {
                throw TokenCursor.Unexpected(close, $"')' to close the '(' at position {token.Position}");
            }

            _depth--;
            return inner;
        }

        return ParsePredicate();
    }

    private void Enter(Token token)
    {
        if (++_depth > QueryLimits.MaxDepth)
        {
            throw QueryRefusal.At($"nesting deeper than {QueryLimits.MaxDepth} levels", token.Position, " is not allowed");
        }
    }
}
