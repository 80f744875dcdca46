using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Relationships;

/// <summary>A link seen from one record: the relationship and which end that record is on.</summary>
public sealed record ResolvedLink(ModuleDefinition Module, LinkDefinition Link, RelationshipDefinition Relationship, ModuleDefinition Related)
{
    /// <summary>True when the record the link is read from is the relationship's left-hand side.</summary>
    public bool FromLhs =>
        string.Equals(Relationship.LhsModule, Module.Name, StringComparison.OrdinalIgnoreCase) &&
        (!SelfReferencing || !Link.OnRhsSide);

    private bool SelfReferencing =>
        string.Equals(Relationship.LhsModule, Relationship.RhsModule, StringComparison.OrdinalIgnoreCase);
}
