using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Matching.Merge;

public sealed class MergeUndoTests : IDisposable
{
    private readonly TestCore _test = new();

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    public static TheoryData<string> Modules() => new(MergeModules);

    [Theory]
    [MemberData(nameof(Modules))]
    public void DryRun_ChangesNothing_ButPlansEveryLink(string module)
    {
        var world = MergeWorld.Build(Core, _test.Clock, module);
        var before = Snapshot();

        var plan = Core.Merges.Preview(Admin, new MergeRequest(module, world.Group));

        StoreSnapshot.AssertEqual(before, Snapshot(), "after the dry run");
        Assert.Equal(3, plan.LoserIds.Count);
        Assert.NotEmpty(plan.Keys.Concat<object>(plan.Rows));
        Assert.Contains(plan.MasterId, MergePlanText.Render(plan));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Undo_ReturnsTheStoreToItsStateBeforeTheMerge(string module)
    {
        var world = MergeWorld.Build(Core, _test.Clock, module);
        var before = Snapshot();
        _test.Clock.Advance(TimeSpan.FromHours(1));

        var merge = Core.Merges.Merge(Admin, new MergeRequest(module, world.Group));
        Assert.NotEqual(before.Lines, Snapshot().Lines);
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var undo = Core.Merges.Undo(Admin, merge.MergeId);

        StoreSnapshot.AssertEqual(before, Snapshot(), $"after undoing {merge.MergeId}");
        Assert.Empty(undo.Overwritten);
    }

    [Fact]
    public void Undo_AfterALaterChangeToTheMaster_IsRefusedNamingIt_AndForceOverwrites()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Leads");
        var before = Snapshot();
        var merge = Core.Merges.Merge(Admin, new MergeRequest("Leads", world.Group, world.Group[0]));
        Core.Change(Admin, Core.Store.Get("Leads", world.Group[0])!, ("phone_mobile", "0987654321"));

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Undo(Admin, merge.MergeId));

        Assert.Contains($"Leads {world.Group[0]}.phone_mobile changed after the merge (was empty, now '0987654321')", error.Message);
        Assert.Contains("--force", error.Message);
        var forced = Core.Merges.Undo(Admin, merge.MergeId, force: true);
        Assert.NotEmpty(forced.Overwritten);
        StoreSnapshot.AssertEqual(before, Snapshot(), "after a forced undo");
    }

    [Fact]
    public void Undo_AfterARelatedRecordWasMovedAgain_IsRefused()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Accounts", onlyLink: "contacts");
        var merge = Core.Merges.Merge(Admin, new MergeRequest("Accounts", world.Group, world.Group[0]));
        var contact = Core.Store.Get("Contacts", world.Children["contacts"][1])!;
        var elsewhere = Core.Add("Accounts").Id;
        Core.Change(Admin, contact, ("account_id", elsewhere));

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Undo(Admin, merge.MergeId));

        Assert.Contains($"Contacts {contact.Id}.account_id changed after the merge", error.Message);
    }

    [Fact]
    public void Undo_KeepsAnUnrelatedLaterEditOfAMovedRecord()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Accounts", onlyLink: "contacts");
        var merge = Core.Merges.Merge(Admin, new MergeRequest("Accounts", world.Group, world.Group[0]));
        var contact = Core.Store.Get("Contacts", world.Children["contacts"][1])!;
        Core.Change(Admin, contact, ("title", "Kế toán trưởng"));

        Core.Merges.Undo(Admin, merge.MergeId);

        var after = Core.Store.Get("Contacts", contact.Id)!;
        Assert.Equal((world.Group[1], "Kế toán trưởng"), (after["account_id"], after["title"]));
    }

    [Fact]
    public void UndoTwice_IsRefused()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Leads", size: 2, onlyLink: "notes");
        var merge = Core.Merges.Merge(Admin, new MergeRequest("Leads", world.Group));
        Core.Merges.Undo(Admin, merge.MergeId);

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Undo(Admin, merge.MergeId));

        Assert.Contains($"merge {merge.MergeId} was already undone", error.Message);
    }

    [Fact]
    public void UnknownMergeId_IsRefused()
    {
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Merges.Undo(Admin, "M-999999"));

        Assert.Contains("M-999999", error.Message);
    }

    [Fact]
    public void Journal_SurvivesReopeningTheStore()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Contacts");
        var before = Snapshot();
        var merge = Core.Merges.Merge(Admin, new MergeRequest("Contacts", world.Group));

        _test.Reopen();

        var journal = Core.Merges.Find(merge.MergeId)!;
        Assert.Equal((merge.Journal.MasterId, merge.Journal.Keys.Count, merge.Journal.Rows.Count),
            (journal.MasterId, journal.Keys.Count, journal.Rows.Count));
        Core.Merges.Undo(Admin, merge.MergeId);
        StoreSnapshot.AssertEqual(before, Snapshot(), "after undo in a reopened store");
        Assert.True(Core.Merges.Find(merge.MergeId)!.IsUndone);
    }

    [Fact]
    public void Merge_Undo_MergeAgain_Works()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Accounts");
        var first = Core.Merges.Merge(Admin, new MergeRequest("Accounts", world.Group));
        Core.Merges.Undo(Admin, first.MergeId);

        var second = Core.Merges.Merge(Admin, new MergeRequest("Accounts", world.Group, world.Group[3]));

        Assert.NotEqual(first.MergeId, second.MergeId);
        Assert.Matches("^M-[0-9]{6}$", second.MergeId);
        Assert.Equal(world.Children["contacts"].Order(), Core.Related("Accounts", world.Group[3], "contacts"));
        Assert.Equal([second.MergeId, first.MergeId], Core.Merges.List("Accounts").Select(j => j.MergeId));
    }

    private StoreSnapshot Snapshot() => StoreSnapshot.Take(Core.Store, Core.Registry);
}
