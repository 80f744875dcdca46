using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Conversion;

public sealed class ConversionAccessTests : IDisposable
{
    private readonly TestCore _test = new();

    private CrmCore Core => _test.Core;

    [Fact]
    public void Partner_CannotConvertAnotherPartnersLead()
    {
        var mine = Core.AddUser("partner-a", UserRole.Partner);
        var theirs = Core.AddUser("partner-b", UserRole.Partner);
        var lead = Core.AddLead(theirs, "Phạm", ("account_name", "Phạm Gia"));

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Conversions.Convert(mine, new LeadConversionRequest(lead.Id)));

        Assert.Equal("New", Core.Store.Get("Leads", lead.Id)!["status"]);
    }

    [Fact]
    public void Partner_CannotConvertItsOwnLeadEither()
    {
        var partner = Core.AddUser("partner-a", UserRole.Partner);
        var lead = Core.AddLead(partner, "Phạm", ("account_name", "Phạm Gia"));

        var error = CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Conversions.Convert(partner, new LeadConversionRequest(lead.Id)));

        Assert.Contains("partners cannot convert", error.Message);
        Assert.Empty(Core.Store.Scan("Accounts"));
    }

    [Fact]
    public void User_CannotConvertAColleaguesLead_ButTheirManagerCan()
    {
        var manager = Core.AddUser("manager", UserRole.Manager);
        var owner = Core.AddUser("owner", UserRole.User, reportsTo: manager);
        var colleague = Core.AddUser("colleague", UserRole.User);
        var lead = Core.AddLead(owner, "Lê", ("account_name", "Lê Gia"));

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Conversions.Convert(colleague, new LeadConversionRequest(lead.Id)));
        var result = Core.Conversions.Convert(manager, new LeadConversionRequest(lead.Id));

        // New records belong to the lead's owner, not to whoever converted it.
        Assert.Equal(owner.Id, Core.Store.Get("Contacts", result.ContactId)!["assigned_user_id"]);
    }

    public void Dispose() => _test.Dispose();
}
