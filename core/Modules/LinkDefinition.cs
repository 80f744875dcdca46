namespace CrmIntegration.Core.Modules;

/// <summary>
/// A named link from one module to another through a relationship, as used by
/// <c>set_relationship</c>/<c>get_relationships</c> (<c>link_field_name</c>).
/// </summary>
public sealed record LinkDefinition(string Name, string Relationship, string Module, string LabelEn, string LabelVi);
