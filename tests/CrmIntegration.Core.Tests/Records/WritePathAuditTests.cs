using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Conversion;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Infrastructure.Builders;

namespace CrmIntegration.Core.Tests.Records;

/// <summary>
/// Merges, their undo, conversion and activity moves write through the one record write path:
/// each leaves exactly one audit entry per record it changed (one write, every changed audited
/// field once), and none for records it did not change or created. Activity moves left none before.
/// </summary>
public sealed class WritePathAuditTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _rep;

    public WritePathAuditTests()
    {
        _rep = Core.AddUser("sales");

        // Every reading of the clock a second later: a record written twice by one operation shows
        // two audit times, where a clock standing still would let them pass as one write.
        _test.Clock.Tick = TimeSpan.FromSeconds(1);
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Merge_LeavesOneAuditEntryPerChangedRecord_ReParentedActivitiesIncluded()
    {
        var world = AccountsToMerge();
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var audit = AuditAssert.Before(Core, _test.Clock.Now);

        Core.Merges.Merge(_rep, new MergeRequest("Accounts", [world.Master.Id, world.Loser.Id], world.Master.Id));

        var changed = audit.OneEntryPerChangedRecord(_rep.Id);
        Assert.Equal(world.ChangedByMerge.Order(), changed.Order());
        AssertAudited(world.Note, "parent_id", world.Loser.Id, world.Master.Id);
        AssertAudited(world.Call, "parent_id", world.Loser.Id, world.Master.Id);
        Assert.Single(Core.Store.GetAudit("Accounts", world.Loser.Id), e => e.Field == MergeFields.MergedInto);
        Assert.Single(Core.Store.GetAudit("Accounts", world.Master.Id), e => e.Field == MergeService.MergedFrom);
    }

    [Fact]
    public void Undo_LeavesOneAuditEntryPerChangedRecord_ReParentedActivitiesIncluded()
    {
        var world = AccountsToMerge();
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var merge = Core.Merges.Merge(_rep, new MergeRequest("Accounts", [world.Master.Id, world.Loser.Id], world.Master.Id));
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var undone = _test.Clock.Now;
        var audit = AuditAssert.Before(Core, undone);

        Core.Merges.Undo(_rep, merge.MergeId);

        var changed = audit.OneEntryPerChangedRecord(_rep.Id);
        Assert.Equal(world.ChangedByMerge.Order(), changed.Order());
        AssertAudited(world.Note, "parent_id", world.Master.Id, world.Loser.Id, since: undone);
        Assert.Single(Core.Store.GetAudit("Accounts", world.Loser.Id).Where(e => e.DateUtc >= undone.UtcDateTime),
            e => e.Field == MergeFields.MergedInto && e.After is null);
    }

    [Fact]
    public void Conversion_LeavesOneAuditEntryPerChangedRecord_MovedActivitiesIncluded()
    {
        var lead = Core.AddRichLead(_rep);
        var activities = Core.AddActivities(_rep, lead);

        // The lead's person is already a contact (same email, no account yet): conversion links it
        // and gives it the new account, an update of an existing record.
        var contact = Core.Records.Save(_rep, "Contacts", Values(("last_name", "Nguyễn"), ("first_name", "Thị Hồng Nhung"), ("email1", lead["email1"])));
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var audit = AuditAssert.Before(Core, _test.Clock.Now);

        var result = Core.Conversions.Convert(_rep, new LeadConversionRequest(lead.Id) { CreateOpportunity = true, DateClosed = "2026-06-30" });

        var changed = audit.OneEntryPerChangedRecord(_rep.Id);
        Assert.Equal(contact.Id, result.ContactId);
        Assert.Equal(
            new[] { ("Leads", lead.Id), ("Contacts", contact.Id) }.Concat(activities.Select(a => (a.Module, a.Id))).Order(),
            changed.Order());
        Assert.All(activities, a => AssertAudited(a, "parent_id", lead.Id, contact.Id));
        Assert.All(activities, a => AssertAudited(a, "parent_type", "Leads", "Contacts"));
    }

    [Fact]
    public void ProspectConversion_AuditsEachActivityItMoves_Once()
    {
        var prospect = Core.Records.Save(_rep, "Prospects", Values(("last_name", "Lê"), ("first_name", "Minh Khoa"), ("email1", "khoa@saomai.vn")));
        var activities = Core.AddActivities(_rep, prospect);
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var audit = AuditAssert.Before(Core, _test.Clock.Now);

        var result = Core.Conversions.ConvertProspect(_rep, prospect.Id);

        var changed = audit.OneEntryPerChangedRecord(_rep.Id);
        Assert.Equal(4, result.ActivitiesMoved);
        Assert.All(activities, a => Assert.Contains((a.Module, a.Id), changed));
        Assert.All(activities, a => AssertAudited(a, "parent_id", prospect.Id, result.LeadId));
    }

    [Fact]
    public void MovedActivity_IsStampedByTheWritePath()
    {
        var lead = Core.AddLead(_rep, "Đỗ", ("account_name", "Công ty Đỗ Gia"));
        var note = Core.AddActivities(_rep, lead)[0];
        _test.Clock.Advance(TimeSpan.FromHours(2));
        var manager = Core.AddUser("boss", UserRole.Admin);
        var converted = _test.Clock.Now;

        Core.Conversions.Convert(manager, new LeadConversionRequest(lead.Id));

        // Stamped with a time of the conversion (the clock ticks with every reading).
        var moved = Core.Store.Get("Notes", note.Id)!;
        Assert.Equal(manager.Id, moved["modified_user_id"]);
        Assert.InRange(DateTime.Parse(moved["date_modified"]!, System.Globalization.CultureInfo.InvariantCulture), converted.UtcDateTime, _test.Clock.Now.UtcDateTime);
        Assert.Equal((note["date_entered"], _rep.Id), (moved["date_entered"], moved["created_by"]));
    }

    private void AssertAudited(CrmRecord record, string field, string? before, string? after, DateTimeOffset? since = null)
    {
        var entries = Core.Store.GetAudit(record.Module, record.Id)
            .Where(e => e.Field == field && e.DateUtc >= (since ?? DateTimeOffset.MinValue).UtcDateTime)
            .ToList();
        var entry = Assert.Single(entries);
        Assert.Equal((before, after), (entry.Before, entry.After));
    }

    /// <summary>Two accounts of one company; the loser has a contact, an opportunity, a note and a call; the master a contact of its own.</summary>
    private MergeWorldOfAccounts AccountsToMerge()
    {
        var master = Core.AddAccount(_rep, "Công ty TNHH Hoa Sen", ("phone_office", "02838221234"));
        _test.Clock.Advance(TimeSpan.FromMinutes(5));
        var loser = Core.AddAccount(_rep, "Cong ty Hoa Sen", ("website", "https://hoasen.vn"), ("email1", "lienhe@hoasen.vn"));
        var contact = Core.Records.Save(_rep, "Contacts", Values(("last_name", "Trần"), ("account_id", loser.Id)));
        var opportunity = Core.Records.Save(_rep, "Opportunities", Values(("name", "Bảo trì 2026"), ("amount", "1000"),
            ("date_closed", "2026-06-30"), ("sales_stage", "Prospecting"), ("account_id", loser.Id)));
        var note = Core.Records.Save(_rep, "Notes", Values(("name", "Ghi chú"), ("parent_type", "Accounts"), ("parent_id", loser.Id)));
        var call = Core.Records.Save(_rep, "Calls", Values(("name", "Gọi"), ("date_start", "2026-03-05 09:00:00"),
            ("parent_type", "Accounts"), ("parent_id", loser.Id)));
        Core.Records.Save(_rep, "Contacts", Values(("last_name", "Lê"), ("account_id", master.Id))); // untouched by the merge
        return new MergeWorldOfAccounts(master, loser, note, call,
            [("Accounts", master.Id), ("Accounts", loser.Id), ("Contacts", contact.Id), ("Opportunities", opportunity.Id), ("Notes", note.Id), ("Calls", call.Id)]);
    }

    private sealed record MergeWorldOfAccounts(CrmRecord Master, CrmRecord Loser, CrmRecord Note, CrmRecord Call,
        IReadOnlyList<(string Module, string Id)> ChangedByMerge);
}
