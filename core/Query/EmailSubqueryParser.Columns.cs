namespace CrmIntegration.Core.Query;

/// <summary>Reading literals and resolving column names (qualified by table or alias) in the email lookup.</summary>
internal sealed partial class EmailSubqueryParser
{
    private List<string> ReadList()
    {
        tokens.Expect(TokenKind.OpenParen, "'(' after IN");
        var values = new List<string> { tokens.Expect(TokenKind.String, "a quoted address").Text };
        while (tokens.Peek.Kind == TokenKind.Comma)
        {
            tokens.Next();
            values.Add(tokens.Expect(TokenKind.String, "a quoted address").Text);
        }

        tokens.Expect(TokenKind.CloseParen, "',' or ')' in the IN list");
        return values;
    }

    private string ReadLiteral()
    {
        var token = tokens.Next();
        return token.Kind is TokenKind.String or TokenKind.Number
            ? token.Text
            : throw TokenCursor.Unexpected(token, "a quoted string or a number");
    }

    private ColumnName ReadColumnName()
    {
        var first = tokens.Expect(TokenKind.Identifier, "a column name");
        FieldResolver.RefuseCall(tokens, first.Text, first.Position);
        if (tokens.Peek.Kind != TokenKind.Dot)
        {
            return new ColumnName(null, first.Text, first.Position);
        }

        tokens.Next();
        var second = tokens.Expect(TokenKind.Identifier, $"a column name after '{QueryRefusal.Clip(first.Text)}.'");
        FieldResolver.RefuseCall(tokens, $"{first.Text}.{second.Text}", first.Position);
        return new ColumnName(first.Text, second.Text, first.Position);
    }

    /// <summary>The column's table (null for an unqualified <c>deleted</c>, which both tables have) and name.</summary>
    private (string? Table, string Name) Resolve(ColumnName column)
    {
        var name = column.Name.ToLowerInvariant();
        string? table;
        if (column.Qualifier is { } qualifier)
        {
            table = _names.GetValueOrDefault(qualifier)
                ?? throw QueryRefusal.At($"unknown table or alias '{QueryRefusal.Clip(qualifier)}'", column.Position,
                    " in the email lookup");
        }
        else
        {
            table = name switch
            {
                "bean_id" or "bean_module" or "email_address_id" => RelTable,
                "email_address" or "email_address_caps" => AddressTable,
                "deleted" => null,
                _ => throw QueryRefusal.At($"column '{column.Display}'", column.Position,
                    " in the email lookup must be qualified or is not supported"),
            };
        }

        var known = table == RelTable ? EmailColumns.Rel : EmailColumns.Address;
        return table is null || known.Contains(name)
            ? (table, name)
            : throw QueryRefusal.At($"column '{column.Display}'", column.Position, $" does not exist in {table}");
    }

    private readonly record struct ColumnName(string? Qualifier, string Name, int Position)
    {
        public string Display => QueryRefusal.Clip(Qualifier is null ? Name : $"{Qualifier}.{Name}");
    }
}
