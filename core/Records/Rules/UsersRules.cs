using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Records.Rules;

/// <summary>
/// Users: unique user names, a valid role (which also sets SugarCRM's <c>is_admin</c>), a password
/// given as the MD5 hex SugarCRM clients use (<c>user_hash</c>, stored only as a slow salted hash),
/// a reports_to chain without cycles, an administrator as the first user, and never fewer than one
/// active administrator.
/// </summary>
internal sealed class UsersRules(ICrmStore store, UserDirectory users, AuthService auth) : IRecordRules
{
    public string Module => UserDirectory.Module;

    public void BeforeSave(CrmUser user, CrmRecord record, CrmRecord? before, IReadOnlyDictionary<string, string?> input)
    {
        var userName = record["user_name"]?.Trim();
        if (!string.IsNullOrEmpty(userName))
        {
            record["user_name"] = userName;
            if (users.FindByUserName(userName) is { } other && other.Id != record.Id)
            {
                throw CrmException.InvalidData($"Users.user_name '{userName}' is already taken");
            }
        }

        var role = UserRoles.Parse(record["role"] ?? "user");
        if (before is null && role != UserRole.Admin && !store.Scan(Module).Any(r => !r.IsDeleted))
        {
            // Whatever the path (crm users add, set_entry, a future import): a CRM whose only users
            // are not administrators could never be administered, and the server, finding users,
            // would not create its 'admin' on start either.
            throw CrmException.FirstUserMustBeAdmin();
        }

        record["role"] = role.Key();
        record["is_admin"] = role == UserRole.Admin ? "1" : "0";
        record["status"] = string.IsNullOrEmpty(record["status"]) ? "Active" : record["status"];

        if (input.TryGetValue("user_hash", out var md5) && !string.IsNullOrEmpty(md5))
        {
            record["user_hash"] = PasswordHasher.IsMd5Hex(md5)
                ? PasswordHasher.HashMd5(md5)
                : throw CrmException.InvalidData("Users.user_hash must be the 32-character MD5 hex of the password");

            // A new password is an administrator's way to unlock an account; whoever knew the old
            // one loses the sessions it opened (inside the save's transaction, so a failed save keeps them).
            record["failed_logins"] = "0";
            record["locked_until"] = null;
            if (before is not null)
            {
                auth.ForgetUserSessions(record.Id);
            }
        }

        CheckReportsTo(record);
        if (before is not null && IsActiveAdmin(before) && !IsActiveAdmin(record) && CountActiveAdmins() <= 1)
        {
            throw CrmException.InvalidData($"user '{before["user_name"]}' is the last active administrator and must stay one");
        }
    }

    public void AfterSave(CrmRecord record)
    {
        users.Forget(record.Id);
        if (!IsActive(record) || record.IsDeleted)
        {
            auth.ForgetUserSessions(record.Id);
        }
    }

    private void CheckReportsTo(CrmRecord record)
    {
        var managerId = record["reports_to_id"];
        if (string.IsNullOrEmpty(managerId))
        {
            return;
        }

        if (managerId == record.Id)
        {
            throw CrmException.InvalidData("Users.reports_to_id cannot be the user itself");
        }

        if (users.Find(managerId) is null)
        {
            throw CrmException.InvalidData($"Users.reports_to_id '{managerId}' is not an existing user");
        }

        if (users.IsAbove(record.Id, managerId))
        {
            throw CrmException.InvalidData($"Users.reports_to_id '{managerId}' would make a reporting cycle");
        }
    }

    private int CountActiveAdmins() =>
        store.Scan(Module).Count(IsActiveAdmin);

    private static bool IsActiveAdmin(CrmRecord r) => r["role"] == "admin" && IsActive(r) && !r.IsDeleted;

    private static bool IsActive(CrmRecord r) => r["status"] != "Inactive";
}
