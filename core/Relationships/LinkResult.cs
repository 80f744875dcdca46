namespace CrmIntegration.Core.Relationships;

/// <summary>
/// What <c>set_relationship</c> did, counted per related id (SugarCRM counts per call, which hides
/// partial failures): links made, ids that could not be linked, links removed.
/// </summary>
public sealed record LinkResult(int Created, int Failed, int Deleted)
{
    public static LinkResult operator +(LinkResult a, LinkResult b) =>
        new(a.Created + b.Created, a.Failed + b.Failed, a.Deleted + b.Deleted);
}
