using System.Security.Cryptography;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Security;

/// <summary>
/// User management for administrators (the <c>crm users</c> commands and first start). It goes
/// through <see cref="RecordService"/> so the Users rules (unique names, roles, hashing) apply once.
/// </summary>
public sealed class UserAdministration(ICrmStore store, RecordService records, UserDirectory users)
{
    /// <summary>The actor recorded as creator for changes made by the server itself or the CLI.</summary>
    public static readonly CrmUser SystemActor = new("system", "system", UserRole.Admin, null, true);

    /// <summary>SugarCRM's id for its first administrator; integrations sometimes hard-code it.</summary>
    public const string FirstAdminId = "1";

    /// <summary>The shortest password accepted, here and for <c>Server:AdminPassword</c>.</summary>
    public const int MinimumPasswordLength = 8;

    public CrmRecord Add(string userName, string password, UserRole role, string? lastName = null,
        string? firstName = null, string? email = null, string? reportsTo = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        EnsureStrongEnough(password);
        var values = new Dictionary<string, string?>
        {
            ["user_name"] = userName,
            ["last_name"] = string.IsNullOrWhiteSpace(lastName) ? userName : lastName,
            ["first_name"] = firstName,
            ["email1"] = email,
            ["role"] = role.Key(),
            ["user_hash"] = PasswordHasher.Md5Hex(password),
            ["reports_to_id"] = reportsTo is null ? null : Require(reportsTo).Id,
        };
        return records.Save(SystemActor, UserDirectory.Module, values);
    }

    public IReadOnlyList<CrmRecord> List(bool includeInactive = true) =>
        store.Scan(UserDirectory.Module)
            .Where(r => !r.IsDeleted && (includeInactive || r["status"] != "Inactive"))
            .OrderBy(r => r["user_name"], StringComparer.OrdinalIgnoreCase)
            .ToList();

    public void SetPassword(string userNameOrId, string password)
    {
        EnsureStrongEnough(password);
        Change(userNameOrId, ("user_hash", PasswordHasher.Md5Hex(password)));
    }

    public void Disable(string userNameOrId) => Change(userNameOrId, ("status", "Inactive"));

    public void Enable(string userNameOrId) => Change(userNameOrId, ("status", "Active"));

    public void SetRole(string userNameOrId, UserRole role) => Change(userNameOrId, ("role", role.Key()));

    public void SetReportsTo(string userNameOrId, string? managerNameOrId) =>
        Change(userNameOrId, ("reports_to_id", managerNameOrId is null ? "" : Require(managerNameOrId).Id));

    /// <summary>
    /// On an empty database, creates <c>admin</c>. Returns the generated password when none was
    /// given (to be shown once), null otherwise or when users already exist.
    /// </summary>
    public string? EnsureFirstAdmin(string? password, out bool created)
    {
        created = false;
        if (store.Count(UserDirectory.Module) > 0)
        {
            return null;
        }

        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        records.Save(SystemActor, UserDirectory.Module, new Dictionary<string, string?>
        {
            ["id"] = FirstAdminId,
            ["new_with_id"] = "1",
            ["user_name"] = "admin",
            ["last_name"] = "Administrator",
            ["role"] = UserRole.Admin.Key(),
            ["user_hash"] = PasswordHasher.Md5Hex(password ?? generated!),
        });
        created = true;
        return generated;
    }

    public CrmRecord Require(string userNameOrId) =>
        users.FindByUserName(userNameOrId)
        ?? (store.Get(UserDirectory.Module, userNameOrId) is { IsDeleted: false } byId ? byId : null)
        ?? throw CrmException.InvalidData($"there is no user '{userNameOrId}'");

    private void Change(string userNameOrId, params (string Field, string Value)[] changes)
    {
        var user = Require(userNameOrId);
        var values = changes.Select(c => new KeyValuePair<string, string?>(c.Field, c.Value))
            .Prepend(new KeyValuePair<string, string?>("id", user.Id));
        records.Save(SystemActor, UserDirectory.Module, values);
    }

    private static void EnsureStrongEnough(string password)
    {
        if (password.Length < MinimumPasswordLength)
        {
            throw CrmException.InvalidData($"a password needs at least {MinimumPasswordLength} characters");
        }
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}
