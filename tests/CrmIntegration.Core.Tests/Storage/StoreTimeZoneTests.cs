using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LocalTimeZoneCollection
{
    public const string Name = "Changes the process time zone";
}

/// <summary>
/// Stored times are UTC whatever the server's time zone. The build machines run in UTC, which hides
/// a local-time conversion, so these tests run the store under Vietnam's zone (UTC+7).
/// </summary>
[Collection(LocalTimeZoneCollection.Name)]
public sealed class StoreTimeZoneTests : IDisposable
{
    private static readonly DateTime When = new(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc);

    private readonly TempDatabase _database = new();
    private readonly string? _previousZone = Environment.GetEnvironmentVariable("TZ");

    public StoreTimeZoneTests()
    {
        Environment.SetEnvironmentVariable("TZ", "Asia/Ho_Chi_Minh");
        TimeZoneInfo.ClearCachedData();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _previousZone);
        TimeZoneInfo.ClearCachedData();
        _database.Dispose();
    }

    [Fact]
    public void UnderUtcPlus7_SessionsAuditAndLinks_ComeBackInUtc()
    {
        Assert.Equal(TimeSpan.FromHours(7), TimeZoneInfo.Local.GetUtcOffset(When));
        var session = new SessionRecord("s-1", "u-1", When, When.AddMinutes(5));
        var audit = new AuditEntry("Leads", "l-1", "status", "New", "Dead", "u-1", When);
        var row = new RelationshipRow("r-1", "accounts_contacts", "a-1", "c-1") { DateModified = When };
        using (var store = _database.OpenStore())
        {
            store.SaveSession(session);
            store.AppendAudit([audit]);
            store.SaveRelationshipRow(row);
            Assert.Equal(session, store.GetSession("s-1"));
        }

        using var reopened = _database.OpenStore();
        Assert.Equal(session, reopened.GetSession("s-1"));
        Assert.Equal(audit, Assert.Single(reopened.GetAudit("Leads", "l-1")));
        Assert.Equal(When, Assert.Single(reopened.GetRelationshipRows("accounts_contacts", RelationshipSide.Lhs, "a-1")).DateModified);
    }

    [Fact]
    public void UnderUtcPlus7_DeleteSessionsIdleSince_ComparesInUtc()
    {
        using var store = _database.OpenStore();
        store.SaveSession(new SessionRecord("idle", "u-1", When, When.AddMinutes(-40)));
        store.SaveSession(new SessionRecord("active", "u-1", When, When.AddMinutes(-10)));

        Assert.Equal(1, store.DeleteSessionsIdleSince(When.AddMinutes(-30)));

        Assert.Null(store.GetSession("idle"));
        Assert.NotNull(store.GetSession("active"));
    }
}
