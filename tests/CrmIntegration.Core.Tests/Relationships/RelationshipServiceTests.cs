using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Relationships;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Relationships;

public sealed class RelationshipServiceTests : IDisposable
{
    private readonly TestCore _test = new();

    public RelationshipServiceTests()
    {
        Seller = Core.AddUser("seller");
        Other = Core.AddUser("other");
        Account = Core.AddAccount(Seller, "Công ty TNHH Sao Mai").Id;
    }

    private CrmCore Core => _test.Core;

    private RelationshipService Relationships => Core.Relationships;

    private CrmUser Seller { get; }

    private CrmUser Other { get; }

    private string Account { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void SetFromAccount_ReadsBackFromBothSides()
    {
        var lead1 = Core.AddLead(Seller, "Một").Id;
        var lead2 = Core.AddLead(Seller, "Hai").Id;
        Core.AddLead(Seller, "Không liên quan");

        var result = Relationships.SetRelationship(Seller, "Accounts", Account, "leads", [lead1, lead2]);

        Assert.Equal(new LinkResult(2, 0, 0), result);
        Assert.Equal(new[] { lead1, lead2 }.Order(), Related("Accounts", Account, "leads").Order());
        Assert.Equal([Account], Related("Leads", lead1, "accounts"));
        Assert.Equal(Account, Core.Store.Get("Leads", lead2)!["account_id"]);
    }

    [Fact]
    public void SetFromLead_ReadsBackFromTheAccount()
    {
        var lead = Core.AddLead(Seller, "Một").Id;

        Assert.Equal(new LinkResult(1, 0, 0), Relationships.SetRelationship(Seller, "Leads", lead, "accounts", [Account]));

        Assert.Equal([lead], Related("Accounts", Account, "leads"));
    }

    [Fact]
    public void Delete_RemovesTheLink_AndCountsIt()
    {
        var lead = Core.AddLead(Seller, "Một").Id;
        Relationships.SetRelationship(Seller, "Accounts", Account, "leads", [lead]);

        var removed = Relationships.SetRelationship(Seller, "Accounts", Account, "leads", [lead], delete: true);
        var again = Relationships.SetRelationship(Seller, "Accounts", Account, "leads", [lead], delete: true);

        Assert.Equal(new LinkResult(0, 0, 1), removed);
        Assert.Equal(new LinkResult(0, 0, 0), again);
        Assert.Empty(Related("Accounts", Account, "leads"));
        Assert.Empty(Related("Leads", lead, "accounts"));
        Assert.Empty(Core.Store.FindByKey("Leads", "account_id", Account));
    }

    [Fact]
    public void Counts_ArePerRelatedId()
    {
        var linked = Core.AddLead(Seller, "Đã nối").Id;
        Relationships.SetRelationship(Seller, "Accounts", Account, "leads", [linked]);
        var fresh = Core.AddLead(Seller, "Mới").Id;
        var deleted = Core.AddLead(Seller, "Đã xoá");
        Core.Change(Seller, deleted, ("deleted", "1"));
        var notMine = Core.AddLead(Other, "Của người khác").Id;

        var result = Relationships.SetRelationship(Seller, "Accounts", Account, "leads",
            [linked, fresh, fresh, "no-such-lead", deleted.Id, notMine, " "]);

        Assert.Equal(new LinkResult(1, 3, 0), result);
        Assert.Equal(new[] { linked, fresh }.Order(), Related("Accounts", Account, "leads").Order());
        Assert.Null(Core.Store.Get("Leads", notMine)!["account_id"]);
    }

    [Fact]
    public void UnknownLink_Fails31()
    {
        var error = CrmAssert.Fails(CrmErrorCode.RelationshipNotSupported,
            () => Relationships.SetRelationship(Seller, "Accounts", Account, "spaceships", ["x"]));
        CrmAssert.Fails(CrmErrorCode.RelationshipNotSupported,
            () => Relationships.GetRelated(Seller, "Accounts", Account, "nope", new ListRequest()));

        Assert.Contains("spaceships", error.Message);
    }

    [Fact]
    public void UnknownRecord_Fails1001()
    {
        CrmAssert.Fails(CrmErrorCode.InvalidData,
            () => Relationships.SetRelationship(Seller, "Accounts", "no-such-account", "leads", ["x"]));
    }

    [Fact]
    public void Links_SurviveRestart()
    {
        var lead = Core.AddLead(Seller, "Một").Id;
        Relationships.SetRelationship(Seller, "Accounts", Account, "leads", [lead]);

        _test.Reopen();

        Assert.Equal([lead], Related("Accounts", Account, "leads"));
    }

    private IEnumerable<string> Related(string module, string id, string link) =>
        Relationships.GetRelated(Seller, module, id, link, new ListRequest()).Records.Select(r => r.Id);
}
