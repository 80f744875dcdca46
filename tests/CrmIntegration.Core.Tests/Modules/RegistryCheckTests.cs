using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Tests.Modules;

/// <summary>Each test breaks one thing in an otherwise valid two-module registry and expects the check to name it.</summary>
public sealed class RegistryCheckTests
{
    private static readonly RelationshipDefinition AccountLeads =
        new("account_leads", RelationshipKind.OneToMany, "Accounts", "Leads") { RhsKey = "account_id" };

    private static readonly FieldDefinition AccountId =
        new("account_id", FieldType.Id, "Account", "Khách hàng") { RelatedModule = "Accounts", Indexed = true };

    private static readonly LinkDefinition LeadsLink = new("leads", "account_leads", "Leads", "Leads", "KHTN");

    [Fact]
    public void ValidRegistry_IsAccepted()
    {
        var error = Record.Exception(() => Registry(leadFields: [AccountId]));

        Assert.Null(error);
    }

    [Fact]
    public void KeyThatIsNotAField_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Registry(leadFields: []));

        Assert.Contains("account_leads: key account_id is not a field of Leads", error.Message);
    }

    [Fact]
    public void KeyPointingAtAnotherModule_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Registry(leadFields: [AccountId with { RelatedModule = "Leads" }]));

        Assert.Contains("points at Leads, not Accounts", error.Message);
    }

    [Fact]
    public void UnindexedKey_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Registry(leadFields: [AccountId with { Indexed = false }]));

        Assert.Contains("Leads.account_id is not indexed", error.Message);
    }

    [Fact]
    public void DuplicateField_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Registry(leadFields: [AccountId, AccountId with { LabelEn = "Again" }]));

        Assert.Contains("Leads defines the field 'account_id' more than once", error.Message);
    }

    [Fact]
    public void LinkToUnknownRelationship_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Registry(leadFields: [AccountId], accountLinks: [LeadsLink with { Relationship = "no_such" }]));

        Assert.Contains("Accounts.leads uses unknown relationship no_such", error.Message);
    }

    [Fact]
    public void LinkToTheWrongModule_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Registry(leadFields: [AccountId], accountLinks: [LeadsLink with { Module = "Accounts" }]));

        Assert.Contains("Accounts.leads → Accounts does not match account_leads", error.Message);
    }

    [Fact]
    public void EnumWithoutOptions_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Registry(leadFields: [AccountId, new FieldDefinition("status", FieldType.Enum, "Status", "Trạng thái")]));

        Assert.Contains("Leads.status is an enum without options", error.Message);
    }

    [Fact]
    public void ParentRelationshipWithoutParentFields_IsReported()
    {
        var parent = new RelationshipDefinition("account_leads_parent", RelationshipKind.Parent, "Accounts", "Leads");

        var error = Assert.Throws<InvalidOperationException>(() => Registry(leadFields: [AccountId], extra: [parent]));

        Assert.Contains("Leads lacks parent_type/parent_id", error.Message);
    }

    [Fact]
    public void ParentTypeWithoutTheParentModule_IsReported()
    {
        var parent = new RelationshipDefinition("account_leads_parent", RelationshipKind.Parent, "Accounts", "Leads");
        FieldDefinition[] parentFields =
        [
            new(CommonFields.ParentType, FieldType.Enum, "Parent Type", "Loại") { Options = [new EnumOption("Cases", "Cases", "Sự cố")] },
            new(CommonFields.ParentId, FieldType.Id, "Parent", "Cha") { Indexed = true },
        ];

        var error = Assert.Throws<InvalidOperationException>(() => Registry(leadFields: [AccountId, .. parentFields], extra: [parent]));

        Assert.Contains("Leads.parent_type has no option Accounts", error.Message);
    }

    [Fact]
    public void MissingCommonField_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ModuleRegistry([Without(Module("Accounts", [], []), CommonFields.DateModified)], []));

        Assert.Contains("Accounts lacks the common field date_modified", error.Message);
    }

    private static ModuleRegistry Registry(
        FieldDefinition[] leadFields, LinkDefinition[]? accountLinks = null, RelationshipDefinition[]? extra = null) =>
        new([Module("Accounts", [], accountLinks ?? [LeadsLink]), Module("Leads", leadFields, [])], [AccountLeads, .. extra ?? []]);

    private static ModuleDefinition Module(string name, FieldDefinition[] fields, LinkDefinition[] links)
    {
        FieldDefinition[] common =
        [
            new(CommonFields.Id, FieldType.Id, "ID", "Mã"),
            new("name", FieldType.Name, "Name", "Tên"),
            new(CommonFields.DateEntered, FieldType.DateTime, "Created", "Ngày tạo"),
            new(CommonFields.DateModified, FieldType.DateTime, "Modified", "Ngày sửa"),
            new(CommonFields.CreatedBy, FieldType.Id, "Created By", "Người tạo"),
            new(CommonFields.ModifiedUserId, FieldType.Id, "Modified By", "Người sửa"),
            new(CommonFields.Deleted, FieldType.Bool, "Deleted", "Đã xoá"),
        ];
        return new ModuleDefinition(name, name.ToLowerInvariant(), name, name, [.. common, .. fields], links);
    }

    private static ModuleDefinition Without(ModuleDefinition module, string field) =>
        new(module.Name, module.TableName, module.LabelEn, module.LabelVi, module.Fields.Where(f => f.Name != field), module.Links);
}
