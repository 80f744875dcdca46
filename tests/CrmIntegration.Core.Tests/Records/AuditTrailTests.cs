using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Records;

public sealed class AuditTrailTests : IDisposable
{
    private readonly TestCore _test = new();

    public AuditTrailTests()
    {
        Seller = Core.AddUser("seller", UserRole.User);
        Admin = Core.AddUser("root", UserRole.Admin);
    }

    private CrmCore Core => _test.Core;

    private CrmUser Seller { get; }

    private CrmUser Admin { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void ChangingLeadFields_RecordsWhoWhenAndOldToNew()
    {
        var lead = Core.AddLead(Seller, "Lý", ("status", "New"));
        Assert.Empty(Core.Store.GetAudit("Leads", lead.Id));
        _test.Clock.Advance(TimeSpan.FromHours(3));

        Core.Change(Admin, lead, ("status", "Dead"), ("title", "Giám đốc"), ("last_name", "Lý"));

        var entries = Core.Store.GetAudit("Leads", lead.Id).OrderBy(e => e.Field).ToList();
        Assert.Equal(["status", "title"], entries.Select(e => e.Field));
        Assert.All(entries, e =>
        {
            Assert.Equal(Admin.Id, e.UserId);
            Assert.Equal(_test.Clock.Now.UtcDateTime, e.DateUtc);
            Assert.Equal("Leads", e.Module);
        });
        Assert.Equal(("New", "Dead"), (entries[0].Before, entries[0].After));
        Assert.Equal((null, "Giám đốc"), (entries[1].Before, entries[1].After));
    }

    [Fact]
    public void UnchangedValues_WriteNothing()
    {
        var lead = Core.AddLead(Seller, "Lý", ("title", "CEO"));

        Core.Change(Seller, lead, ("title", "CEO"), ("last_name", "Lý"));
        Core.Change(Seller, lead, ("description", ""));

        Assert.Empty(Core.Store.GetAudit("Leads", lead.Id));
    }

    [Fact]
    public void SoftDelete_IsAudited()
    {
        var lead = Core.AddLead(Seller, "Lý");

        Core.Change(Seller, lead, ("deleted", "1"));

        var entry = Assert.Single(Core.Store.GetAudit("Leads", lead.Id));
        Assert.Equal((CommonFields.Deleted, "0", "1"), (entry.Field, entry.Before, entry.After));
    }

    [Fact]
    public void UnauditedModule_WritesNothing()
    {
        Assert.False(Core.Registry.Get("Users").Audited);

        Core.UserAdmin.SetRole("seller", UserRole.Manager);
        Core.Change(Admin, Core.Store.Get("Users", Seller.Id)!, ("first_name", "Sơn"));

        Assert.Empty(Core.Store.GetAudit("Users", Seller.Id));
    }

    [Fact]
    public void Audit_SurvivesRestart()
    {
        var lead = Core.AddLead(Seller, "Lý");
        Core.Change(Seller, lead, ("status", "Assigned"));

        _test.Reopen();

        Assert.Equal("Assigned", Assert.Single(_test.Core.Store.GetAudit("Leads", lead.Id)).After);
    }
}
