using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>
/// A 4-lead merge with a stated master. L1 is the newest loser, L3 the oldest (by date_modified);
/// the table says what each master field ends as, and why.
/// </summary>
public sealed class SurvivorshipTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmRecord _master;
    private readonly CrmRecord _l1;
    private readonly CrmRecord _l2;
    private readonly CrmRecord _l3;
    private readonly CrmRecord _merged;

    public SurvivorshipTests()
    {
        _master = Core.Add("Leads", ("last_name", "Nguyễn"), ("title", "Giám đốc"), ("email1", "an@x.vn"), ("phone_mobile", "0901234567"));
        _l3 = Later("Leads", ("last_name", "Nguyen"), ("department", "Kế toán"), ("website", "https://old.vn"),
            ("email2", "third@z.vn"), ("phone_home", "0283999888"), ("phone_fax", "0283000111"));
        _l2 = Later("Leads", ("last_name", "Nguyễn"), ("department", "Kinh doanh"), ("email1", "an.nguyen@y.vn"), ("phone_mobile", "0912000111"));
        _l1 = Later("Leads", ("last_name", "Nguyễn Văn"), ("title", "CEO"), ("website", "https://new.vn"),
            ("email1", "AN@x.vn"), ("phone_mobile", "090 123 4567"), ("phone_work", "02838123456"));
        _master = Core.Change(Admin, _master, ("reports_to_id", _l2.Id));
        _test.Clock.Advance(TimeSpan.FromMinutes(5));
        Core.Merges.Merge(Admin, new MergeRequest("Leads", [_l3.Id, _master.Id, _l1.Id, _l2.Id], _master.Id));
        _merged = Core.Store.Get("Leads", _master.Id)!;
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    public static TheoryData<string, string> Table() => new()
    {
        { "last_name", "Nguyễn" },                  // the master's value wins over every loser's
        { "title", "Giám đốc" },                    // master non-empty, newest loser differs: master wins
        { "department", "Kinh doanh" },             // empty on master: the newest loser with a value (L2), not L3
        { "website", "https://new.vn" },            // empty on master: L1 is newer than L3
        { "email1", "an@x.vn" },                    // L1's AN@x.vn is the same address: not added twice
        { "email2", "an.nguyen@y.vn" },             // L2's other address takes the free email slot
        { "phone_mobile", "0901234567" },           // L1's "090 123 4567" is the same number
        { "phone_work", "02838123456" },            // L1's work phone: same-named slot was free
        { "phone_home", "0283999888" },             // L3's home phone: same-named slot was free
        { "phone_other", "0912000111" },            // L2's mobile: its slot is taken, next free phone slot
        { "phone_fax", "0283000111" },              // a fax is a single field: filled because empty
        { "reports_to_id", "" },                    // pointed at L2, now part of the master itself: cleared
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void MasterField_EndsAsTheTableSays(string field, string expected) =>
        Assert.Equal(expected, _merged[field] ?? "");

    [Fact]
    public void AValueWithNoFreeSlot_IsKeptAsAnAlsoLineInTheDescription() =>
        Assert.Equal($"Also: email2 third@z.vn (from {_l3.Id})", _merged["description"]);

    [Fact]
    public void Losers_AreSoftDeletedWithMergedInto_AndKeepTheirOwnValues()
    {
        foreach (var loser in new[] { _l1, _l2, _l3 })
        {
            var stored = Core.Store.Get("Leads", loser.Id)!;
            Assert.Equal(("1", _master.Id, loser["email1"]), (stored["deleted"], stored[MergeFields.MergedInto], stored["email1"]));
        }
    }

    [Fact]
    public void MasterChanges_AreAudited()
    {
        var audit = Core.Store.GetAudit("Leads", _master.Id);

        Assert.Contains(audit, a => a.Field == "department" && a.After == "Kinh doanh");
        Assert.Contains(audit, a => a.Field == MergeService.MergedFrom && a.After!.Contains(_l1.Id));
        Assert.Contains(Core.Store.GetAudit("Leads", _l1.Id), a => a.Field == MergeFields.MergedInto);
    }

    private CrmRecord Later(string module, params (string Field, string? Value)[] values)
    {
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        return Core.Add(module, values);
    }
}
