namespace CrmIntegration.Core.Storage;

/// <summary>One many-to-many link. Removing a link marks it deleted, so nothing disappears silently.</summary>
public sealed record RelationshipRow(string Id, string Relationship, string LhsId, string RhsId)
{
    public bool Deleted { get; init; }

    public DateTime DateModified { get; init; }

    /// <summary>Relationship columns such as <c>contact_role</c>.</summary>
    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();
}
