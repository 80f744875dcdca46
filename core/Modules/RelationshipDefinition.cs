namespace CrmIntegration.Core.Modules;

/// <summary>
/// A relationship between two modules, named as SugarCRM names its relationships
/// (e.g. <c>accounts_contacts</c>). Links on both modules refer to it by name.
/// </summary>
public sealed record RelationshipDefinition(string Name, RelationshipKind Kind, string LhsModule, string RhsModule)
{
    /// <summary>For <see cref="RelationshipKind.OneToMany"/>: the field on the right-hand module holding the left id.</summary>
    public string? RhsKey { get; init; }

    /// <summary>Extra columns a many-to-many row may carry (e.g. <c>contact_role</c>).</summary>
    public IReadOnlyList<string> ExtraFields { get; init; } = [];
}
