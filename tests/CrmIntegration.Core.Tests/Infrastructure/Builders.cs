using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Tests.Infrastructure;

/// <summary>Test-data builders: users with roles and managers, leads and accounts, value lists.</summary>
public static class Builders
{
    public const string Password = "Correct-Horse-9";

    public static string PasswordMd5 => PasswordHasher.Md5Hex(Password);

    /// <summary>
    /// Adds a user through the real administration path and returns it as an acting user. A first user
    /// that is not an administrator comes after the <c>admin</c> the server creates on first start,
    /// as on a real installation (core refuses a non-administrator as the first user).
    /// </summary>
    public static CrmUser AddUser(this CrmCore core, string userName, UserRole role = UserRole.User, CrmUser? reportsTo = null)
    {
        if (role != UserRole.Admin)
        {
            core.EnsureAdministrator();
        }

        var record = core.UserAdmin.Add(userName, Password, role, reportsTo: reportsTo?.Id);
        return core.Users.Find(record.Id) ?? throw new InvalidOperationException($"user {userName} was not stored");
    }

    /// <summary>The server's first-start <c>admin</c> (id 1), when the database has no users yet.</summary>
    public static void EnsureAdministrator(this CrmCore core) => core.UserAdmin.EnsureFirstAdmin(Password, out _);

    public static CrmRecord AddLead(this CrmCore core, CrmUser by, string lastName, params (string Field, string? Value)[] more) =>
        core.Records.Save(by, "Leads", Values(more.Prepend(("last_name", lastName)).ToArray()));

    public static CrmRecord AddAccount(this CrmCore core, CrmUser by, string name, params (string Field, string? Value)[] more) =>
        core.Records.Save(by, "Accounts", Values(more.Prepend(("name", name)).ToArray()));

    /// <summary>Changes fields of an existing record as <paramref name="by"/>.</summary>
    public static CrmRecord Change(this CrmCore core, CrmUser by, CrmRecord record, params (string Field, string? Value)[] changes) =>
        core.Records.Save(by, record.Module, Values(changes.Prepend((CommonFields.Id, record.Id)).ToArray()));

    public static Dictionary<string, string?> Values(params (string Field, string? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => v.Value);
}
