using System.Collections.Concurrent;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Security;

/// <summary>
/// Users by id, cached because every call resolves its session's user and every edit walks the
/// owner's <c>reports_to</c> chain. All user writes go through core, which calls <see cref="Forget"/>.
/// </summary>
public sealed class UserDirectory(ICrmStore store)
{
    public const string Module = "Users";

    /// <summary>Deep enough for any real hierarchy; stops a cycle from looping forever.</summary>
    private const int MaxChainLength = 32;

    private readonly ConcurrentDictionary<string, CrmUser?> _byId = new(StringComparer.Ordinal);

    public CrmUser? Find(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return _byId.GetOrAdd(id, key => store.Get(Module, key) is { IsDeleted: false } record ? FromRecord(record) : null);
    }

    public CrmRecord? FindByUserName(string userName) =>
        store.FindByKey(Module, "user_name", userName).FirstOrDefault(r => !r.IsDeleted);

    /// <summary>True when <paramref name="managerId"/> is somewhere above <paramref name="userId"/> in reports_to.</summary>
    public bool IsAbove(string managerId, string? userId)
    {
        var current = Find(userId);
        for (var depth = 0; current is not null && depth < MaxChainLength; depth++)
        {
            if (current.ReportsToId == managerId)
            {
                return true;
            }

            current = Find(current.ReportsToId);
        }

        return false;
    }

    public void Forget(string id) => _byId.TryRemove(id, out _);

    public static CrmUser FromRecord(CrmRecord record) => new(
        record.Id,
        record["user_name"] ?? "",
        UserRoles.TryParse(record["role"]) ?? UserRole.User,
        string.IsNullOrEmpty(record["reports_to_id"]) ? null : record["reports_to_id"],
        record["status"] != "Inactive");
}
