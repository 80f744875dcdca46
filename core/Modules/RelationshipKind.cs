namespace CrmIntegration.Core.Modules;

public enum RelationshipKind
{
    /// <summary>The right-hand record holds the left-hand id in <see cref="RelationshipDefinition.RhsKey"/>.</summary>
    OneToMany,

    /// <summary>Rows in the relationship store, each linking one left and one right record.</summary>
    ManyToMany,

    /// <summary>
    /// Activities: the right-hand record holds <c>parent_type</c> (the left module's name) and
    /// <c>parent_id</c>, so one activity module can hang under many parent modules.
    /// </summary>
    Parent,
}
