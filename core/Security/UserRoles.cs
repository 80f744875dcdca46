using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Security;

public static class UserRoles
{
    public static string Key(this UserRole role) => role.ToString().ToLowerInvariant();

    public static UserRole Parse(string? value) =>
        TryParse(value) ?? throw CrmException.InvalidData($"Users.role '{value}' is not one of admin, manager, user, partner");

    public static UserRole? TryParse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "admin" => UserRole.Admin,
        "manager" => UserRole.Manager,
        "user" => UserRole.User,
        "partner" => UserRole.Partner,
        _ => null,
    };
}
