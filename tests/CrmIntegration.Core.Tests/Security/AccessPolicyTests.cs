using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Security;

/// <summary>DESIGN.md's security model, exercised through the record service every adapter uses.</summary>
public sealed class AccessPolicyTests : IDisposable
{
    private readonly TestCore _test = new();

    public AccessPolicyTests()
    {
        Admin = Core.AddUser("root", UserRole.Admin);
        Boss = Core.AddUser("boss", UserRole.Manager);
        Manager = Core.AddUser("manager", UserRole.Manager, reportsTo: Boss);
        Peer = Core.AddUser("peer", UserRole.Manager, reportsTo: Boss);
        Seller = Core.AddUser("seller", UserRole.User, reportsTo: Manager);
        Junior = Core.AddUser("junior", UserRole.User, reportsTo: Seller);
        Other = Core.AddUser("other", UserRole.User, reportsTo: Peer);
        Partner = Core.AddUser("partner", UserRole.Partner);
        Partner2 = Core.AddUser("partner2", UserRole.Partner);
    }

    private CrmCore Core => _test.Core;

    private CrmUser Admin { get; }

    private CrmUser Boss { get; }

    private CrmUser Manager { get; }

    private CrmUser Peer { get; }

    private CrmUser Seller { get; }

    private CrmUser Junior { get; }

    private CrmUser Other { get; }

    private CrmUser Partner { get; }

    private CrmUser Partner2 { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void User_ReadsButCannotEditAnotherUsersLead()
    {
        var lead = Core.AddLead(Seller, "Lý");

        Assert.Equal("Lý", Core.Records.Get(Other, "Leads", lead.Id)!["last_name"]);
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Other, lead, ("title", "Hacked")));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Other, lead, ("deleted", "1")));
        Assert.Null(Core.Records.Get(Seller, "Leads", lead.Id)!["title"]);
    }

    [Fact]
    public void Owner_EditsOwnLead()
    {
        var lead = Core.AddLead(Seller, "Lý");

        Assert.Equal("CEO", Core.Change(Seller, lead, ("title", "CEO"))["title"]);
    }

    [Fact]
    public void Manager_EditsLeadsOfReports_AndOfTheirReports()
    {
        var sellers = Core.AddLead(Seller, "Lý");
        var juniors = Core.AddLead(Junior, "Mai");

        Assert.Equal("By manager", Core.Change(Manager, sellers, ("title", "By manager"))["title"]);
        Assert.Equal("By manager", Core.Change(Manager, juniors, ("title", "By manager"))["title"]);
        Assert.Equal("By boss", Core.Change(Boss, juniors, ("title", "By boss"))["title"]);
    }

    [Fact]
    public void Manager_CannotEditAPeersLead_NorAReportsManagersLead()
    {
        var others = Core.AddLead(Other, "Hà");
        var managers = Core.AddLead(Manager, "Tô");

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Manager, others, ("title", "x")));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Seller, managers, ("title", "x")));
    }

    [Fact]
    public void Reassigning_MovesEditRightsToTheNewOwner()
    {
        var lead = Core.AddLead(Seller, "Lý");
        Core.Change(Seller, lead, ("assigned_user_id", Other.Id));

        Assert.Equal("ok", Core.Change(Other, lead, ("title", "ok"))["title"]);
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Seller, lead, ("title", "x")));
    }

    [Fact]
    public void Admin_EditsAndDeletesAnything()
    {
        var lead = Core.AddLead(Seller, "Lý");

        Assert.True(Core.Change(Admin, lead, ("deleted", "1")).IsDeleted);
    }

    [Fact]
    public void Partner_SeesOnlyLeadsItCreated_InListAndCount()
    {
        var own = new[] { Core.AddLead(Partner, "Một"), Core.AddLead(Partner, "Hai") };
        Core.AddLead(Partner2, "Ba");
        Core.AddLead(Seller, "Bốn");

        var listed = Core.Records.List(Partner, "Leads", new ListRequest());

        Assert.Equal(own.Select(l => l.Id).Order(), listed.Records.Select(r => r.Id).Order());
        Assert.Equal(2, listed.TotalCount);
        Assert.Equal(2, Core.Records.Count(Partner, "Leads", null, includeDeleted: false));
        Assert.Equal(4, Core.Records.Count(Seller, "Leads", null, includeDeleted: false));
    }

    [Fact]
    public void Partner_CannotReadOrChangeSomeoneElsesLead()
    {
        var sellers = Core.AddLead(Seller, "Lý");
        var partner2s = Core.AddLead(Partner2, "Ba");

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.Get(Partner, "Leads", sellers.Id));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.Get(Partner, "Leads", partner2s.Id));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Partner, partner2s, ("title", "x")));
    }

    [Fact]
    public void Partner_UpdatesButCannotDeleteItsOwnLead()
    {
        var lead = Core.AddLead(Partner, "Một");

        Assert.Equal("Sales", Core.Change(Partner, lead, ("department", "Sales"))["department"]);
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Partner, lead, ("deleted", "1")));
    }

    [Fact]
    public void PartnerDelete_IsRefusedByTheAccessPolicy_WhateverItsOwnershipOfTheRecord()
    {
        var own = Core.AddLead(Partner, "Một");

        Assert.True(Core.Access.CanEdit(Partner, own));
        Assert.False(Core.Access.CanDelete(Partner, own));
        var error = CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Access.EnsureCanDelete(Partner, own));
        Assert.Contains("partners cannot delete Leads records", error.Message);
        Assert.True(Core.Access.CanDelete(Seller, Core.AddLead(Seller, "Hai")));
        Assert.False(Core.Access.CanDelete(Other, Core.AddLead(Seller, "Ba")));
        Assert.True(Core.Access.CanDelete(Admin, own));
    }

    [Fact]
    public void Partner_CannotUseAccounts()
    {
        var account = Core.AddAccount(Seller, "Công ty Sao Mai");

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.Get(Partner, "Accounts", account.Id));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.List(Partner, "Accounts", new ListRequest()));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.AddAccount(Partner, "Mine"));
    }

    [Fact]
    public void Partner_ReadsItselfButNoOtherUser()
    {
        Assert.Equal("partner", Core.Records.Get(Partner, "Users", Partner.Id)!["user_name"]);
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.Get(Partner, "Users", Seller.Id));

        var listed = Core.Records.List(Partner, "Users", new ListRequest());
        Assert.Equal(Partner.Id, Assert.Single(listed.Records).Id);
    }

    [Fact]
    public void OnlyAdmins_WriteUsers()
    {
        var user = Core.Store.Get("Users", Seller.Id)!;
        var newUser = Builders.Values(("user_name", "eve"), ("last_name", "Eve"), ("user_hash", Builders.PasswordMd5));

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.Save(Manager, "Users", newUser));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Manager, user, ("title", "x"), ("role", "admin")));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Change(Seller, user, ("role", "admin")));
        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Records.Save(Partner, "Users", newUser));

        Assert.Equal("eve", Core.Records.Save(Admin, "Users", newUser)["user_name"]);
        Assert.Equal("user", Core.Store.Get("Users", Seller.Id)!["role"]);
    }

    [Fact]
    public void Project_NeverReturnsPasswordOrLockoutFields()
    {
        var module = Core.Registry.Get("Users");
        var record = Core.Records.Get(Admin, "Users", Seller.Id)!;
        Assert.False(string.IsNullOrEmpty(record["user_hash"]));

        var all = RecordService.Project(module, record, null);
        var asked = RecordService.Project(module, record, ["user_name", "user_hash", "failed_logins", "locked_until"]);

        Assert.Contains(all, p => p.Key == "user_name" && p.Value == "seller");
        Assert.DoesNotContain(all, p => module.FindField(p.Key)!.Sensitive);
        Assert.DoesNotContain(all, p => p.Value == record["user_hash"]);
        Assert.Equal(["user_name"], asked.Select(p => p.Key));
        Assert.All(module.Fields.Where(f => f.Sensitive), f => Assert.DoesNotContain(all, p => p.Key == f.Name));
        Assert.Contains(module.Fields, f => f.Name == "user_hash" && f.Sensitive);
        Assert.Equal(CommonFields.Id, all[0].Key);
    }
}
