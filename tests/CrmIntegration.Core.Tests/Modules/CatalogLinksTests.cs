using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Tests.Modules;

/// <summary>The catalog's links work through the relationship service, for each kind of relationship.</summary>
public sealed class CatalogLinksTests : IDisposable
{
    private static readonly CrmUser Admin = UserAdministration.SystemActor;

    private readonly CrmCore _core = CrmCore.InMemory();

    [Fact]
    public void AccountContacts_AreLinkedThroughTheContactsAccountId()
    {
        var account = Save("Accounts", ("name", "Công ty An Phát"));
        var contact = Save("Contacts", ("last_name", "Nguyễn"));

        var result = _core.Relationships.SetRelationship(Admin, "Accounts", account.Id, "contacts", [contact.Id]);

        Assert.Equal(1, result.Created);
        Assert.Equal(account.Id, _core.Records.Get(Admin, "Contacts", contact.Id)!["account_id"]);
        Assert.Equal([account.Id], Related("Contacts", contact.Id, "accounts"));
    }

    [Fact]
    public void NoteUnderACase_IsFoundFromBothEnds()
    {
        var @case = Save("Cases", ("name", "Máy in kẹt giấy"));
        var note = Save("Notes", ("name", "Đã thay trục"));

        _core.Relationships.SetRelationship(Admin, "Cases", @case.Id, "notes", [note.Id]);

        var stored = _core.Records.Get(Admin, "Notes", note.Id)!;
        Assert.Equal(("Cases", @case.Id), (stored["parent_type"], stored["parent_id"]));
        Assert.Equal([note.Id], Related("Cases", @case.Id, "notes"));
        Assert.Equal([@case.Id], Related("Notes", note.Id, "cases"));
        Assert.Empty(Related("Notes", note.Id, "accounts"));
    }

    [Fact]
    public void MemberAccounts_ReadParentAndMembersFromOppositeEnds()
    {
        var group = Save("Accounts", ("name", "Tập đoàn"));
        var member = Save("Accounts", ("name", "Chi nhánh"), ("parent_id", group.Id));

        Assert.Equal([member.Id], Related("Accounts", group.Id, "members"));
        Assert.Equal([group.Id], Related("Accounts", member.Id, "member_of"));
    }

    [Fact]
    public void AssetCases_FollowTheServiceChain()
    {
        var account = Save("Accounts", ("name", "Bệnh viện"));
        var contract = Save("Contracts", ("name", "HĐ 2025"), ("account_id", account.Id));
        var sub = Save("SubContracts", ("name", "Máy chụp"), ("contract_id", contract.Id));
        var asset = Save("Assets", ("name", "CT"), ("product_model", "X1"), ("serial_number", "SN-1"), ("subcontract_id", sub.Id));
        var incident = Save("Cases", ("name", "Không khởi động"), ("asset_id", asset.Id), ("subcontract_id", sub.Id));

        Assert.Equal([sub.Id], Related("Contracts", contract.Id, "subcontracts"));
        Assert.Equal([asset.Id], Related("SubContracts", sub.Id, "assets"));
        Assert.Equal([incident.Id], Related("Assets", asset.Id, "cases"));
        Assert.Equal([incident.Id], Related("SubContracts", sub.Id, "cases"));
    }

    [Fact]
    public void OpportunityContacts_AreManyToManyRowsWithARole()
    {
        var deal = Save("Opportunities", ("name", "Deal"), ("amount", "10"), ("date_closed", "2030-01-01"), ("sales_stage", "Prospecting"));
        var contact = Save("Contacts", ("last_name", "Trần"));

        _core.Relationships.SetRelationship(Admin, "Contacts", contact.Id, "opportunities", [deal.Id],
            new Dictionary<string, string?> { ["contact_role"] = "Primary Decision Maker" });

        Assert.Equal([contact.Id], Related("Opportunities", deal.Id, "contacts"));
    }

    public void Dispose() => _core.Dispose();

    private CrmRecord Save(string module, params (string Field, string Value)[] values) =>
        _core.Records.Save(Admin, module, values.Select(v => new KeyValuePair<string, string?>(v.Field, v.Value)));

    private IEnumerable<string> Related(string module, string id, string link) =>
        _core.Relationships.GetRelated(Admin, module, id, link, new ListRequest()).Records.Select(r => r.Id);
}
