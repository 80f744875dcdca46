using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Query;

/// <summary>
/// Reads a field reference (<c>last_name</c> or <c>leads.last_name</c>) and resolves it against the
/// module, refusing other tables, unknown and sensitive fields, function calls and three-part names.
/// </summary>
internal static class FieldResolver
{
    public static FieldDefinition Parse(TokenCursor tokens, ModuleDefinition module, ModuleRegistry registry)
    {
        var first = tokens.Expect(TokenKind.Identifier, "a field name");
        if (tokens.Peek.Kind != TokenKind.Dot && module.FindField(first.Text) is null && SqlKeywords.IsReserved(first.Text))
        {
            throw QueryRefusal.At($"keyword '{first.Text.ToUpperInvariant()}'", first.Position, " is not allowed here; a field name was expected");
        }

        RefuseCall(tokens, first.Text, first.Position);
        if (tokens.Peek.Kind != TokenKind.Dot)
        {
            return Resolve(module, registry, null, first);
        }

        tokens.Next();
        var second = tokens.Expect(TokenKind.Identifier, $"a field name after '{QueryRefusal.Clip(first.Text)}.'");
        RefuseCall(tokens, $"{first.Text}.{second.Text}", first.Position);
        if (tokens.Peek.Kind == TokenKind.Dot)
        {
            throw QueryRefusal.At($"three-part name '{QueryRefusal.Clip(first.Text)}.{QueryRefusal.Clip(second.Text)}.…'",
                first.Position, " is not allowed; write table.field");
        }

        return Resolve(module, registry, first, second);
    }

    public static void RefuseCall(TokenCursor tokens, string name, int position)
    {
        if (tokens.Peek.Kind == TokenKind.OpenParen)
        {
            throw QueryRefusal.At($"function call '{QueryRefusal.Clip(name)}'", position, " is not allowed");
        }
    }

    private static FieldDefinition Resolve(ModuleDefinition module, ModuleRegistry registry, Token? table, Token name)
    {
        if (table is { } qualifier && !string.Equals(qualifier.Text, module.TableName, StringComparison.OrdinalIgnoreCase))
        {
            var known = registry.FindByTable(qualifier.Text) is not null;
            throw QueryRefusal.At(
                known ? $"table '{QueryRefusal.Clip(qualifier.Text)}'" : $"unknown table '{QueryRefusal.Clip(qualifier.Text)}'",
                qualifier.Position,
                $"; a {module.Name} query can only use {module.TableName} fields");
        }

        var field = module.FindField(name.Text);
        var display = $"{module.TableName}.{QueryRefusal.Clip(name.Text)}";
        if (field is null)
        {
            throw QueryRefusal.At($"unknown field '{display}'", (table ?? name).Position, $" ({module.Name} has no such field)");
        }

        // Sensitive fields (password hashes, lockout counters) are refused outright: allowing them
        // in a condition would let a caller recover a hash one LIKE 'a%' at a time.
        if (field.Sensitive || field.Type == FieldType.Password)
        {
            throw QueryRefusal.At($"field '{display}'", (table ?? name).Position, " cannot be used in a query");
        }

        return field;
    }
}
