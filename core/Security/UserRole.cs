namespace CrmIntegration.Core.Security;

/// <summary>The four roles of DESIGN.md's security model; stored as the lower-case key.</summary>
public enum UserRole
{
    Admin,
    Manager,
    User,
    Partner,
}
