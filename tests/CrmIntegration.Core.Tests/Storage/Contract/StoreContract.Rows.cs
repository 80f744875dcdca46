using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Storage.Contract;

public abstract partial class StoreContract
{
    [Fact]
    public void Relationships_AreFoundFromEitherSide_AndAnUpdateReplacesTheRow()
    {
        var row = new RelationshipRow("row-1", "accounts_contacts", "acc-1", "con-1")
        {
            DateModified = Noon,
            Extra = new Dictionary<string, string?> { ["contact_role"] = "Kế toán", ["note"] = null },
        };
        Store.SaveRelationshipRow(row);
        Store.SaveRelationshipRow(new RelationshipRow("row-2", "accounts_contacts", "acc-1", "con-2") { DateModified = Noon });
        Store.SaveRelationshipRow(new RelationshipRow("row-3", "opportunities_contacts", "acc-1", "con-1") { DateModified = Noon });

        Assert.Equal(["row-1", "row-2"], Store.GetRelationshipRows("accounts_contacts", RelationshipSide.Lhs, "acc-1").Select(r => r.Id).Order());
        var fromRhs = Assert.Single(Store.GetRelationshipRows("accounts_contacts", RelationshipSide.Rhs, "con-1"));
        Assert.Equal((row.Id, Noon, "Kế toán"), (fromRhs.Id, fromRhs.DateModified, fromRhs.Extra["contact_role"]));
        Assert.Null(fromRhs.Extra["note"]);

        Store.SaveRelationshipRow(row with { Deleted = true });
        Assert.True(Assert.Single(Store.GetRelationshipRows("accounts_contacts", RelationshipSide.Rhs, "con-1")).Deleted);
    }

    [Fact]
    public void Audit_IsKeptPerRecord()
    {
        Store.AppendAudit(
        [
            new AuditEntry("Leads", "lead-1", "status", "New", "Assigned", "user-1", Noon),
            new AuditEntry("Leads", "lead-1", "title", null, "Giám đốc", "user-1", Noon.AddMinutes(1)),
            new AuditEntry("Leads", "lead-2", "status", "New", "Dead", "user-2", Noon),
        ]);

        var audit = Store.GetAudit("Leads", "lead-1");
        Assert.Equal(["status", "title"], audit.OrderBy(a => a.DateUtc).Select(a => a.Field));
        Assert.Contains(new AuditEntry("Leads", "lead-1", "title", null, "Giám đốc", "user-1", Noon.AddMinutes(1)), audit);
        Assert.Empty(Store.GetAudit("Leads", "lead-3"));
    }

    [Fact]
    public void Sessions_AreSavedFoundAndRemoved()
    {
        Store.SaveSession(new SessionRecord("s1", "u1", Noon, Noon));
        Store.SaveSession(new SessionRecord("s2", "u1", Noon, Noon.AddHours(2)));
        Store.SaveSession(new SessionRecord("s3", "u2", Noon, Noon.AddHours(2)));

        Assert.Equal(new SessionRecord("s1", "u1", Noon, Noon), Store.GetSession("s1"));
        Assert.Equal(1, Store.DeleteSessionsIdleSince(Noon.AddHours(1)));
        Assert.Null(Store.GetSession("s1"));
        Assert.Equal(1, Store.DeleteUserSessions("u1"));
        Store.DeleteSession("s3");
        Assert.Equal((null, null), (Store.GetSession("s2"), Store.GetSession("s3")));
    }

    [Fact]
    public void MergeJournals_AreReplacedByIdAndListedNewestFirst()
    {
        var first = new MergeJournal("M-1", "Leads", "a", ["b"], "admin", Noon)
        {
            Records = [new MergeRecordImage("Leads", "b", new Dictionary<string, string?> { ["deleted"] = "0" }, new Dictionary<string, string?> { ["deleted"] = "1" })],
        };
        Store.SaveMergeJournal(first);
        Store.SaveMergeJournal(new MergeJournal("M-2", "Contacts", "c", ["d"], "admin", Noon.AddMinutes(5)));
        Store.SaveMergeJournal(first with { UndoneUtc = Noon.AddHours(1), UndoneBy = "admin" });

        var read = Store.GetMergeJournal("M-1")!;
        Assert.True(read.IsUndone);
        Assert.Equal("1", read.Records[0].After["deleted"]);
        Assert.Equal(["M-2", "M-1"], Store.ListMergeJournals().Select(j => j.MergeId));
        Assert.Equal(["M-1"], Store.ListMergeJournals("leads").Select(j => j.MergeId));
        Assert.Null(Store.GetMergeJournal("M-9"));
    }

    [Fact]
    public void Sequences_CountFromOnePerName()
    {
        Assert.Equal([1L, 2L, 3L], [Store.NextSequence("case_number"), Store.NextSequence("case_number"), Store.NextSequence("case_number")]);
        Assert.Equal(1, Store.NextSequence("bug_number"));
    }
}
