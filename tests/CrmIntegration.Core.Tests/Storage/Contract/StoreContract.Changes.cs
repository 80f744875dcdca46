using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Storage.Contract;

public abstract partial class StoreContract
{
    [Fact]
    public void ChangeSequence_NumbersEveryCommittedWrite_AndListsWhatChanged()
    {
        var first = Lead("Trần");
        var second = Lead("Lê");
        var start = Store.RecordVersion;

        Store.Insert(first);
        Assert.Equal(start + 1, Store.RecordVersion);
        Store.InTransaction(() =>
        {
            Store.Insert(second);
            first["title"] = "Kế toán";
            Store.Update(first);
            return 0;
        });

        Assert.Equal(start + 3, Store.RecordVersion);
        var changes = Store.RecordChangesSince(start)!;
        Assert.Equal(start + 3, changes.Version);
        Assert.Equal(
            new[] { first.Id, second.Id }.Order(),
            changes.Records.Select(k => k.Id).Distinct().Order());
        Assert.All(changes.Records, k => Assert.Equal("Leads", k.Module));
        Assert.Equal([new RecordKey("Leads", first.Id)], Store.RecordChangesSince(start + 2)!.Records);
        Assert.Empty(Store.RecordChangesSince(Store.RecordVersion)!.Records);
        Assert.Null(Store.RecordChangesSince(Store.RecordVersion + 1));
    }

    [Fact]
    public void Transaction_ThatFails_LeavesNothingVisible_NotEvenANumber()
    {
        var kept = Lead("Kept");
        Store.Insert(kept);
        var version = Store.RecordVersion;
        var lost = Lead("Lost");

        Assert.Throws<InvalidOperationException>(() => Store.InTransaction<int>(() =>
        {
            Store.Insert(lost);
            kept["title"] = "changed";
            Store.Update(kept);
            Store.SaveRelationshipRow(new RelationshipRow("row-x", "accounts_contacts", "a", "c") { DateModified = Noon });
            Store.AppendAudit([new AuditEntry("Leads", kept.Id, "title", null, "changed", "u", Noon)]);
            Store.EnqueueMail(Mail(Noon, id: "mail-x"));
            throw new InvalidOperationException("abort");
        }));

        Assert.Null(Store.Get("Leads", lost.Id));
        Assert.Null(Store.Get("Leads", kept.Id)!["title"]);
        Assert.Empty(Store.GetRelationshipRows("accounts_contacts", RelationshipSide.Lhs, "a"));
        Assert.Empty(Store.GetAudit("Leads", kept.Id));
        Assert.Null(Store.GetMail("mail-x"));
        Assert.Equal(version, Store.RecordVersion);
        Assert.Equal(0, Run(LeadQuery("last_name = 'Lost'") with { CountTotal = true }).Total);

        Store.Insert(Lead("Next"));
        Assert.Equal(version + 1, Store.RecordVersion);
    }

    [Fact]
    public void RecordVersion_InsideATransaction_IsTheCommittedHead_BeforeAndAfterItsLockAndWrites()
    {
        Store.Insert(Lead("Before"));
        var committed = Store.RecordVersion;

        var seen = Store.InTransaction(() =>
        {
            var atStart = Store.RecordVersion;
            Store.LockRecordWrites();
            var locked = Store.RecordVersion;
            Store.Insert(Lead("Inside"));
            Store.InsertMany([Lead("Inside 2"), Lead("Inside 3")]);
            return (atStart, locked, written: Store.RecordVersion);
        });

        Assert.Equal((committed, committed, committed), seen);
        Assert.Equal(committed + 3, Store.RecordVersion);
        Assert.Equal(3, Store.RecordChangesSince(committed)!.Records.Count);
    }

    [Fact]
    public void Transaction_Nested_JoinsTheOuterOne()
    {
        var inner = Lead("Inner");

        Assert.Throws<InvalidOperationException>(() => Store.InTransaction<int>(() =>
        {
            Store.InTransaction(() =>
            {
                Store.Insert(inner);
                return 0;
            });

            // The inner one is visible inside the outer one, and goes with it.
            Assert.NotNull(Store.Get("Leads", inner.Id));
            Assert.Equal(1, Store.Query(LeadQuery("last_name = 'Inner'") with { CountTotal = true }).Total);
            throw new InvalidOperationException("outer fails");
        }));

        Assert.Null(Store.Get("Leads", inner.Id));
        Store.InTransaction(() => Store.InTransaction(() =>
        {
            Store.Insert(inner);
            return 0;
        }));
        Assert.NotNull(Store.Get("Leads", inner.Id));
    }

    [Fact]
    public void Transaction_QueriesInside_SeeItsOwnWrites_CountedExactly()
    {
        Store.InsertMany(Enumerable.Range(0, 80).Select(i => Lead($"L{i}", ("status", "New"))));
        Assert.Equal(80, Run(LeadQuery("status = 'New'") with { Limit = 5, CountTotal = true }).Total);

        var inside = Store.InTransaction(() =>
        {
            Store.Insert(Lead("One more", ("status", "New")));
            return Run(LeadQuery("status = 'New'") with { Limit = 5, CountTotal = true }).Total;
        });

        Assert.Equal(81, inside);
        Assert.Equal(81, Run(LeadQuery("status = 'New'") with { Limit = 5, CountTotal = true }).Total);
    }
}
