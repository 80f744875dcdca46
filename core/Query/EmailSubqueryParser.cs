using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>
/// Recognises the one subquery SugarCRM clients need, the email lookup:
/// <c>SELECT [eabr.]bean_id FROM email_addr_bean_rel [AS] [eabr] {[INNER] JOIN | ,} email_addresses [AS] [ea]
/// [ON ea.id = eabr.email_address_id] WHERE term {AND term}</c>, where the terms are the join condition
/// (when not given in ON), <c>deleted = 0</c>, <c>bean_module = '&lt;module&gt;'</c>, and exactly one
/// condition on <c>email_address</c> or <c>email_address_caps</c> (=, LIKE or IN). Anything else
/// in a subquery is refused, naming what and where.
/// </summary>
internal sealed partial class EmailSubqueryParser(TokenCursor tokens, ModuleDefinition module)
{
    private const string RelTable = "email_addr_bean_rel";
    private const string AddressTable = "email_addresses";

    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
    private bool _joined;
    private bool _matched;
    private List<string> _addresses = [];
    private string? _pattern;

    public EmailMatchExpression Parse()
    {
        var select = tokens.ExpectKeyword("SELECT");
        var selected = ReadColumnName();
        tokens.ExpectKeyword("FROM");
        ParseTable();
        if (tokens.Peek.Kind == TokenKind.Comma)
        {
            tokens.Next();
            ParseTable();
        }
        else
        {
            var inner = tokens.TryKeyword("INNER");
            if (inner || tokens.Peek.IsKeyword("JOIN"))
            {
                tokens.ExpectKeyword("JOIN");
                ParseTable();
                tokens.ExpectKeyword("ON");
                ParseTerm();
            }
            else if (!tokens.Peek.IsKeyword("WHERE"))
            {
                throw TokenCursor.Unexpected(tokens.Peek, "JOIN, INNER JOIN or ',' between the email tables");
            }
        }

        if (_names.Values.Distinct().Count() < 2)
        {
            throw QueryRefusal.At("subquery", select.Position, $" must join {RelTable} and {AddressTable}");
        }

        if (Resolve(selected) is not (RelTable, "bean_id"))
        {
            throw QueryRefusal.At($"selected column '{selected.Display}'", selected.Position, " — the email lookup selects bean_id");
        }

        tokens.ExpectKeyword("WHERE");
        ParseTerm();
        while (tokens.TryKeyword("AND"))
        {
            ParseTerm();
        }

        if (!_joined)
        {
            throw QueryRefusal.At("subquery", select.Position, $" must join on {AddressTable}.id = {RelTable}.email_address_id");
        }

        if (!_matched)
        {
            throw QueryRefusal.At("subquery", select.Position, " needs a condition on email_address or email_address_caps");
        }

        var fields = module.Fields.Where(f => f.Type == FieldType.Email && !f.Sensitive).ToList();
        return new EmailMatchExpression(fields, _addresses, _pattern);
    }

    private void ParseTable()
    {
        var table = tokens.Expect(TokenKind.Identifier, "a table name");
        var name = table.Text.ToLowerInvariant();
        if (name is not (RelTable or AddressTable))
        {
            throw QueryRefusal.At($"subquery over table '{QueryRefusal.Clip(table.Text)}'", table.Position,
                $" is not allowed; only the email lookup ({RelTable}, {AddressTable}) is");
        }

        Name(table, name);
        var hasAs = tokens.TryKeyword("AS");
        var next = tokens.Peek;
        if (hasAs || (next.Kind == TokenKind.Identifier && !SqlKeywords.IsReserved(next.Text)))
        {
            Name(tokens.Expect(TokenKind.Identifier, "an alias"), name);
        }
    }

    private void Name(Token token, string table)
    {
        if (!_names.TryAdd(token.Text, table))
        {
            throw QueryRefusal.At($"'{QueryRefusal.Clip(token.Text)}'", token.Position, " is named twice in the subquery");
        }
    }

    /// <summary>One WHERE (or ON) term, optionally parenthesised.</summary>
    private void ParseTerm(int depth = 0)
    {
        var open = tokens.Peek;
        if (open.Kind == TokenKind.OpenParen)
        {
            if (depth >= QueryLimits.MaxDepth)
            {
                throw QueryRefusal.At($"nesting deeper than {QueryLimits.MaxDepth} levels", open.Position, " is not allowed");
            }

            tokens.Next();
            ParseTerm(depth + 1);
            tokens.Expect(TokenKind.CloseParen, $"')' to close the '(' at position {open.Position}");
            return;
        }

        var column = ReadColumnName();
        var (table, name) = Resolve(column);
        var op = tokens.Next();
        if (op is { Kind: TokenKind.Operator, Text: "=" } && tokens.Peek.Kind == TokenKind.Identifier)
        {
            Join((table, name), column, Resolve(ReadColumnName()));
        }
        else if (op is { Kind: TokenKind.Operator, Text: "=" })
        {
            Equality(table, name, column, ReadLiteral());
        }
        else if (op.IsKeyword("LIKE") && IsAddress(name))
        {
            Match(column, [], tokens.Expect(TokenKind.String, "a quoted pattern after LIKE").Text);
        }
        else if (op.IsKeyword("IN") && IsAddress(name))
        {
            Match(column, ReadList(), null);
        }
        else
        {
            throw TokenCursor.Unexpected(op, $"'=' after '{column.Display}' in the email lookup");
        }
    }

    private void Join((string? Table, string Name) left, ColumnName at, (string? Table, string Name) right)
    {
        var pair = new[] { left, right };
        if (!pair.Contains((AddressTable, "id")) || !pair.Contains((RelTable, "email_address_id")))
        {
            throw QueryRefusal.At($"join condition on '{at.Display}'", at.Position,
                $" is not allowed; the email lookup joins on {AddressTable}.id = {RelTable}.email_address_id");
        }

        _joined = true;
    }

    private void Equality(string? table, string name, ColumnName column, string value)
    {
        if (name == "deleted" && value == "0")
        {
            return; // Links are never soft-deleted here: every stored address is live.
        }

        if (table == RelTable && name == "bean_module")
        {
            if (!string.Equals(value, module.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw QueryRefusal.At($"bean_module '{QueryRefusal.Clip(value)}'", column.Position,
                    $" does not match the module being queried ({module.Name})");
            }

            return;
        }

        if (IsAddress(name))
        {
            Match(column, [value], null);
            return;
        }

        throw QueryRefusal.At($"condition '{column.Display} = {QueryRefusal.Clip(value)}'", column.Position,
            " is not supported in the email lookup (only deleted = 0, bean_module and email_address)");
    }

    private void Match(ColumnName column, List<string> addresses, string? pattern)
    {
        if (_matched)
        {
            throw QueryRefusal.At($"second email address condition '{column.Display}'", column.Position,
                "; the email lookup takes one");
        }

        _matched = true;
        _addresses = addresses;
        _pattern = pattern;
    }

    private static bool IsAddress(string name) => name is "email_address" or "email_address_caps";
}
