using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>Which fields survivorship looks at, and which of them hold several values of one kind.</summary>
internal static class SurvivorshipFields
{
    // Typed as phones, but a fax or an assistant's number is not another number of the person:
    // these take part only as ordinary fields (filled when the master's is empty).
    private static readonly HashSet<string> SinglePhones = new(StringComparer.OrdinalIgnoreCase) { "phone_fax", "assistant_phone" };

    /// <summary>Fields a user maintains: everything but ids, stamps, auto numbers, merge marks and secrets.</summary>
    public static IEnumerable<FieldDefinition> Business(ModuleDefinition module) =>
        module.Fields.Where(f => !f.System && !f.Sensitive && f.Name is not CommonFields.Id and not CommonFields.Deleted);

    public static IReadOnlyList<FieldDefinition> Emails(ModuleDefinition module) =>
        Business(module).Where(f => f.Type == FieldType.Email).ToList();

    public static IReadOnlyList<FieldDefinition> Phones(ModuleDefinition module) =>
        Business(module).Where(f => f.Type == FieldType.Phone && !SinglePhones.Contains(f.Name)).ToList();

    /// <summary>Fields of the module pointing at its own records (reports_to_id, parent_id).</summary>
    public static IReadOnlySet<string> SelfKeys(ModuleDefinition module, ModuleRegistry registry)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var relationship in registry.Relationships.Where(r =>
                     r.Kind == RelationshipKind.OneToMany && Same(r.LhsModule, module.Name) && Same(r.RhsModule, module.Name)))
        {
            keys.Add(relationship.RhsKey!);
        }

        foreach (var field in module.Fields.Where(f => f.RelatedModule is { } m && Same(m, module.Name) && f.Name != MergeFields.MergedInto))
        {
            keys.Add(field.Name);
        }

        return keys;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
