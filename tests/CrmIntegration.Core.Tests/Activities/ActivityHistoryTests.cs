using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Conversion;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Activities;

public sealed class ActivityHistoryTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _owner;

    public ActivityHistoryTests()
    {
        _owner = Core.AddUser("sales", UserRole.User);
    }

    private CrmCore Core => _test.Core;

    [Fact]
    public void For_ListsEveryKindOfActivityInDateOrder()
    {
        var lead = Core.AddRichLead(_owner);
        Core.AddActivities(_owner, lead);

        var history = Core.Activities.For(_owner, "Leads", lead.Id);

        // The note was written at the clock's start (08:30 on 2 March), before the 09:00 call.
        Assert.Equal(
            [("Notes", "date_entered", "2026-03-02 08:30:00"), ("Calls", "date_start", "2026-03-02 09:00:00"),
             ("Tasks", "date_due", "2026-03-04 17:00:00"), ("Meetings", "date_start", "2026-03-05 14:00:00")],
            history.Select(h => (h.Module, h.DateField, h.Date)));
        Assert.Equal(["Ghi chú đầu tiên", "Gọi giới thiệu", "Gửi báo giá", "Họp khảo sát"], history.Select(h => h.Name));
        Assert.All(history, h => Assert.Equal(("sales", "Leads", lead.Id), (h.AssignedUserName, h.ParentType, h.ParentId)));
        Assert.Equal(["", "Planned", "Not Started", "Planned"], history.Select(h => h.Status));
    }

    [Fact]
    public void For_ConvertedLead_StillListsTheActivitiesMovedToTheContact()
    {
        var lead = Core.AddRichLead(_owner);
        Core.AddActivities(_owner, lead);
        var result = Core.Conversions.Convert(_owner, new LeadConversionRequest(lead.Id));

        var ofLead = Core.Activities.For(_owner, "Leads", lead.Id);
        var ofContact = Core.Activities.For(_owner, "Contacts", result.ContactId);

        Assert.Equal(ofContact.Select(h => h.Id), ofLead.Select(h => h.Id));
        Assert.Equal(4, ofLead.Count);
        Assert.All(ofLead, h => Assert.Equal(("Contacts", result.ContactId), (h.ParentType, h.ParentId)));
    }

    [Fact]
    public void For_LeavesOutDeletedActivitiesAndOtherParents()
    {
        var lead = Core.AddRichLead(_owner);
        var other = Core.AddLead(_owner, "Khác");
        var activities = Core.AddActivities(_owner, lead);
        Core.AddActivities(_owner, other);
        Core.Change(_owner, activities[0], ("deleted", "1"));

        var history = Core.Activities.For(_owner, "Leads", lead.Id);

        Assert.Equal(3, history.Count);
        Assert.DoesNotContain(history, h => h.Id == activities[0].Id);
    }

    [Fact]
    public void For_PartnerOnAnotherPartnersLead_IsDenied()
    {
        var mine = Core.AddUser("partner-a", UserRole.Partner);
        var theirs = Core.AddUser("partner-b", UserRole.Partner);
        var lead = Core.AddLead(theirs, "Phạm");

        CrmAssert.Fails(CrmErrorCode.AccessDenied, () => Core.Activities.For(mine, "Leads", lead.Id));
    }

    [Fact]
    public void For_ModuleWithoutActivities_FaultsInvalidCall()
    {
        CrmAssert.Fails(CrmErrorCode.InvalidCall, () => Core.Activities.For(_owner, "Users", _owner.Id));
    }

    [Fact]
    public void For_UnknownRecord_FaultsNamingIt()
    {
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Activities.For(_owner, "Accounts", "no-such-account"));

        Assert.Contains("no-such-account", error.Message);
    }

    public void Dispose() => _test.Dispose();
}
