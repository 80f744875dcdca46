using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Text;

namespace CrmIntegration.Core.Query;

/// <summary>
/// What SugarCRM's email-lookup subquery (<c>id IN (SELECT bean_id FROM email_addr_bean_rel …)</c>)
/// asks: does any of the module's email fields hold one of <see cref="Addresses"/> (or match
/// <see cref="Pattern"/>)? Addresses compare case-insensitively, as <c>email_address_caps</c> does.
/// A module without email fields matches nothing, as the subquery would.
/// </summary>
public sealed record EmailMatchExpression(IReadOnlyList<FieldDefinition> Fields, IReadOnlyList<string> Addresses, string? Pattern)
    : QueryExpression
{
    /// <summary>The addresses folded, as stored addresses are compared with them.</summary>
    public IReadOnlySet<string> Keys { get; } = Addresses.Select(KeyFold.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>The pattern compiled over folded addresses, when the lookup is a LIKE.</summary>
    public LikePattern? Compiled { get; } = Pattern is null ? null : LikePattern.Compile(KeyFold.Fold(Pattern));

    public override bool? Evaluate(CrmRecord record)
    {
        foreach (var field in Fields)
        {
            if (record[field.Name] is { Length: > 0 } stored)
            {
                var key = KeyFold.Fold(stored);
                if (Compiled?.IsMatch(key) ?? Keys.Contains(key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public override string ToString()
    {
        var condition = Pattern is null
            ? $"ea.email_address IN ({string.Join(", ", Addresses.Select(SqlText.Quote))})"
            : $"ea.email_address LIKE {SqlText.Quote(Pattern)}";
        return "id IN (SELECT eabr.bean_id FROM email_addr_bean_rel eabr JOIN email_addresses ea " +
               $"ON ea.id = eabr.email_address_id WHERE eabr.deleted = 0 AND {condition})";
    }
}
