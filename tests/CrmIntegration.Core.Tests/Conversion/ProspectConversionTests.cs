using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Conversion;

public sealed class ProspectConversionTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _owner;

    public ProspectConversionTests()
    {
        _owner = Core.AddUser("sales", UserRole.User);
    }

    private CrmCore Core => _test.Core;

    [Fact]
    public void ConvertProspect_CreatesALeadFromItsFieldsAndMarksTheTarget()
    {
        var prospect = AddProspect();
        var note = Core.Records.Save(_owner, "Notes", Builders.Values(("name", "Mua từ danh sách hội chợ"), ("parent_type", "Prospects"), ("parent_id", prospect.Id)));

        var result = Core.Conversions.ConvertProspect(_owner, prospect.Id, Builders.Values(("lead_source", "Trade Show")));

        var lead = Core.Store.Get("Leads", result.LeadId)!;
        Assert.Equal(
            ["Đặng Thu", "Hà", "0912345678", "ha.dang@example.vn", "Công ty CP Thu Hà", "Đà Nẵng", "Trade Show", "New", _owner.Id],
            new[] { "first_name", "last_name", "phone_mobile", "email1", "account_name", "primary_address_city", "lead_source", "status", "assigned_user_id" }
                .Select(f => lead[f]));
        Assert.Equal(result.LeadId, Core.Store.Get("Prospects", prospect.Id)!["lead_id"]);
        Assert.Equal(1, result.ActivitiesMoved);
        Assert.Equal(("Leads", lead.Id), (Core.Store.Get("Notes", note.Id)!["parent_type"], Core.Store.Get("Notes", note.Id)!["parent_id"]));
    }

    [Fact]
    public void ConvertProspect_Twice_FaultsNamingTheTarget()
    {
        var prospect = AddProspect();
        Core.Conversions.ConvertProspect(_owner, prospect.Id);

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Conversions.ConvertProspect(_owner, prospect.Id));

        Assert.Contains(prospect.Id, error.Message);
        Assert.Single(Core.Store.Scan("Leads"));
    }

    [Fact]
    public void ConvertProspect_UnknownLeadField_FaultsNamingItAndWritesNothing()
    {
        var prospect = AddProspect();

        var error = CrmAssert.Fails(CrmErrorCode.InvalidData,
            () => Core.Conversions.ConvertProspect(_owner, prospect.Id, Builders.Values(("lead_sauce", "Web Site"))));

        Assert.Contains("lead_sauce", error.Message);
        Assert.Empty(Core.Store.Scan("Leads"));
    }

    [Fact]
    public void ConvertProspect_Partner_IsDenied()
    {
        var partner = Core.AddUser("partner", UserRole.Partner);
        var prospect = AddProspect();

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Conversions.ConvertProspect(partner, prospect.Id));
    }

    private Core.Records.CrmRecord AddProspect() => Core.Records.Save(_owner, "Prospects", Builders.Values(
        ("first_name", "Đặng Thu"), ("last_name", "Hà"), ("phone_mobile", "0912345678"), ("email1", "ha.dang@example.vn"),
        ("account_name", "Công ty CP Thu Hà"), ("primary_address_city", "Đà Nẵng")));

    public void Dispose() => _test.Dispose();
}
