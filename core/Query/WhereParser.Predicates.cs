using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>Predicates: <c>field op value</c>, [NOT] LIKE, [NOT] IN, [NOT] BETWEEN, IS [NOT] NULL.</summary>
internal sealed partial class WhereParser
{
    private QueryExpression ParsePredicate()
    {
        var start = tokens.Peek;
        if (start.Kind is TokenKind.String or TokenKind.Number or TokenKind.Minus or TokenKind.Plus)
        {
            throw QueryRefusal.At($"value {start.Describe()}", start.Position,
                " where a field name was expected; a condition starts with a field");
        }

        var field = FieldResolver.Parse(tokens, module, registry);
        var token = tokens.Next();
        if (token.Kind == TokenKind.Operator)
        {
            var op = ComparisonOperators.Parse(token.Text) ?? throw TokenCursor.Unexpected(token, "a comparison");
            return new ComparisonExpression(field, op, ParseValue(field));
        }

        if (token.IsKeyword("NOT"))
        {
            var negated = tokens.Next();
            return new NotExpression(ParseNegatable(field, negated)
                ?? throw TokenCursor.Unexpected(negated, "LIKE, IN or BETWEEN after NOT"));
        }

        if (token.IsKeyword("IS"))
        {
            var not = tokens.TryKeyword("NOT");
            tokens.ExpectKeyword("NULL");
            var isNull = new IsNullExpression(field);
            return not ? new NotExpression(isNull) : isNull;
        }

        return ParseNegatable(field, token)
            ?? throw TokenCursor.Unexpected(token, $"a comparison, LIKE, IN, BETWEEN or IS NULL after field '{field.Name}'");
    }

    private QueryExpression? ParseNegatable(FieldDefinition field, Token keyword)
    {
        if (keyword.IsKeyword("LIKE"))
        {
            var pattern = tokens.Expect(TokenKind.String, "a quoted pattern after LIKE");
            if (tokens.Peek.IsKeyword("ESCAPE"))
            {
                throw QueryRefusal.At("ESCAPE", tokens.Peek.Position, " is not supported; '\\' is the LIKE escape character");
            }

            return new LikeExpression(field, pattern.Text);
        }

        if (keyword.IsKeyword("IN"))
        {
            return ParseIn(field);
        }

        if (keyword.IsKeyword("BETWEEN"))
        {
            var low = ParseValue(field);
            tokens.ExpectKeyword("AND");
            var high = ParseValue(field);
            return new AndExpression(
            [
                new ComparisonExpression(field, ComparisonOperator.GreaterOrEqual, low),
                new ComparisonExpression(field, ComparisonOperator.LessOrEqual, high),
            ]);
        }

        return null;
    }

    private QueryExpression ParseIn(FieldDefinition field)
    {
        tokens.Expect(TokenKind.OpenParen, "'(' after IN");
        if (tokens.Peek.IsKeyword("SELECT"))
        {
            var select = tokens.Peek;
            if (field.Name != CommonFields.Id)
            {
                throw QueryRefusal.At("subquery", select.Position,
                    $" is only allowed as {module.TableName}.id IN (SELECT bean_id FROM email_addr_bean_rel …)");
            }

            var email = new EmailSubqueryParser(tokens, module).Parse();
            tokens.Expect(TokenKind.CloseParen, "')' to close the subquery");
            return email;
        }

        var values = new List<QueryConstant> { ParseValue(field) };
        while (tokens.Peek.Kind == TokenKind.Comma)
        {
            tokens.Next();
            values.Add(ParseValue(field));
        }

        tokens.Expect(TokenKind.CloseParen, "',' or ')' in the IN list");
        return new InExpression(field, values);
    }

    /// <summary>A quoted string or a (signed) number, prepared for the field it is compared with.</summary>
    private QueryConstant ParseValue(FieldDefinition field)
    {
        var token = tokens.Next();
        var literal = token.Text;
        if (token.Kind is TokenKind.Minus or TokenKind.Plus)
        {
            var digits = tokens.Expect(TokenKind.Number, $"a number after '{token.Text}'");
            literal = token.Kind == TokenKind.Minus ? "-" + digits.Text : digits.Text;
        }
        else if (token.Kind == TokenKind.Identifier)
        {
            FieldResolver.RefuseCall(tokens, token.Text, token.Position);
            throw token.IsKeyword("NULL")
                ? QueryRefusal.At("comparison with NULL", token.Position, " is never true; use IS NULL or IS NOT NULL")
                : QueryRefusal.At($"bare identifier '{QueryRefusal.Clip(token.Text)}'", token.Position,
                    " on the right side is not allowed; quote values as strings ('…')");
        }
        else if (token.Kind is not (TokenKind.String or TokenKind.Number))
        {
            throw TokenCursor.Unexpected(token, "a quoted string or a number");
        }

        return QueryConstant.For(field, literal)
            ?? throw QueryRefusal.At($"'{QueryRefusal.Clip(literal)}'", token.Position,
                $" is not a number, but {module.TableName}.{field.Name} is numeric");
    }
}
