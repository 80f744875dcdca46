namespace CrmIntegration.Core.Modules;

/// <summary>Names of the fields every record carries, maintained by core rather than by callers.</summary>
public static class CommonFields
{
    public const string Id = "id";
    public const string DateEntered = "date_entered";
    public const string DateModified = "date_modified";
    public const string CreatedBy = "created_by";
    public const string ModifiedUserId = "modified_user_id";
    public const string AssignedUserId = "assigned_user_id";
    public const string Deleted = "deleted";
    public const string ParentType = "parent_type";
    public const string ParentId = "parent_id";

    /// <summary>Written only by core; a caller's value for these is ignored.</summary>
    public static readonly IReadOnlySet<string> SystemMaintained = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DateEntered, DateModified, CreatedBy, ModifiedUserId,
    };
}
