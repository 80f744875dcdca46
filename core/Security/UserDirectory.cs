using System.Collections.Concurrent;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Security;

/// <summary>
/// Users by id, cached because every call resolves its session's user and every edit walks the
/// owner's <c>reports_to</c> chain. This process's user writes call <see cref="Forget"/>; those of
/// another process on the same database (a second server instance, <c>crm</c> on PostgreSQL) are
/// found in the store's change sequence, which a lookup checks when it was last checked
/// <see cref="FollowInterval"/> ago or more, so a user disabled or demoted anywhere is seen within
/// that time. (On PostgreSQL the check is a round trip, which every read would otherwise pay.)
/// </summary>
public sealed class UserDirectory(ICrmStore store)
{
    public const string Module = "Users";

    /// <summary>Deep enough for any real hierarchy; stops a cycle from looping forever.</summary>
    private const int MaxChainLength = 32;

    /// <summary>How stale the cache may be with respect to other processes' user writes.</summary>
    public static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, CrmUser?> _byId = new(StringComparer.Ordinal);
    private readonly Lock _following = new();
    private long _followedTo = -1;

    /// <summary>When the change sequence was last checked (<see cref="Environment.TickCount64"/>, milliseconds).</summary>
    private long _followedAtMs;

    public CrmUser? Find(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        Follow();
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

    /// <summary>Drops the cached users that any process wrote since the last look at the change sequence.</summary>
    private void Follow()
    {
        var now = Environment.TickCount64;
        if (Volatile.Read(ref _followedTo) >= 0 && now - Volatile.Read(ref _followedAtMs) < (long)FollowInterval.TotalMilliseconds)
        {
            return;
        }

        var version = store.RecordVersion;
        Volatile.Write(ref _followedAtMs, now);
        if (version == Volatile.Read(ref _followedTo))
        {
            return;
        }

        lock (_following)
        {
            if (version == _followedTo)
            {
                return;
            }

            var changes = _followedTo < 0 ? null : store.RecordChangesSince(_followedTo);
            if (changes is null)
            {
                _byId.Clear();
            }
            else
            {
                foreach (var key in changes.Records.Where(k => k.Module == Module))
                {
                    _byId.TryRemove(key.Id, out _);
                }
            }

            Volatile.Write(ref _followedTo, changes?.Version ?? version);
        }
    }

    public static CrmUser FromRecord(CrmRecord record) => new(
        record.Id,
        record["user_name"] ?? "",
        UserRoles.TryParse(record["role"]) ?? UserRole.User,
        string.IsNullOrEmpty(record["reports_to_id"]) ? null : record["reports_to_id"],
        record["status"] != "Inactive");
}
