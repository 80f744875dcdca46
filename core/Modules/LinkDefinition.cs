namespace CrmIntegration.Core.Modules;

/// <summary>
/// A named link from one module to another through a relationship, as used by
/// <c>set_relationship</c>/<c>get_relationships</c> (<c>link_field_name</c>).
/// </summary>
public sealed record LinkDefinition(string Name, string Relationship, string Module, string LabelEn, string LabelVi)
{
    /// <summary>
    /// For a relationship between records of one module (Users reports_to): this link reads from the
    /// right-hand side (a report → its manager) rather than the left (a manager → its reports).
    /// </summary>
    public bool OnRhsSide { get; init; }
}
