using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Intake;

public sealed class LeadSubmissionsTests : IDisposable
{
    private readonly TestCore _test = new();
    private readonly CrmUser _acme;
    private readonly CrmUser _globex;
    private readonly CrmUser _rep;

    public LeadSubmissionsTests()
    {
        _acme = Core.AddUser("acme", UserRole.Partner);
        _globex = Core.AddUser("globex", UserRole.Partner);
        _rep = Core.AddUser("an");
    }

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task Get_ByIdOrOwnPartnerRef_GivesTheLeadAndItsRepsName()
    {
        var id = await Submit(_acme, "Nguyễn", "A-1");
        Core.Records.Save(UserAdministration.SystemActor, "Leads", Builders.Values(("id", id), ("assigned_user_id", _rep.Id)));

        var byId = Core.Submissions.Get(_acme, id, null);
        var byRef = Core.Submissions.Get(_acme, null, " A-1 ");
        var both = Core.Submissions.Get(_acme, id, "A-1");

        Assert.Equal((id, "an"), (byId.Lead.Id, byId.AssignedUserName));
        Assert.Equal(id, byRef.Lead.Id);
        Assert.Equal(id, both.Lead.Id);
    }

    [Fact]
    public async Task Get_AnotherPartnersLead_FailsExactlyLikeAnUnknownId()
    {
        var id = await Submit(_acme, "Nguyễn", "SHARED");
        const string Unknown = "00000000-0000-4000-8000-000000000001";

        var theirs = Assert.Throws<CrmException>(() => Core.Submissions.Get(_globex, id, null));
        var nobodys = Assert.Throws<CrmException>(() => Core.Submissions.Get(_globex, Unknown, null));
        var theirRef = Assert.Throws<CrmException>(() => Core.Submissions.Get(_globex, null, "SHARED"));

        Assert.Equal(nobodys.Message.Replace(Unknown, "X"), theirs.Message.Replace(id, "X"));
        Assert.Equal((CrmErrorCode.InvalidData, CrmErrorCode.InvalidData), (theirs.Code, theirRef.Code));
    }

    [Fact]
    public async Task Get_IdAndPartnerRefOfDifferentLeads_IsUnknown()
    {
        var first = await Submit(_acme, "Nguyễn", "A-1");
        await Submit(_acme, "Trần", "A-2");

        var error = Assert.Throws<CrmException>(() => Core.Submissions.Get(_acme, first, "A-2"));

        Assert.Equal(CrmErrorCode.InvalidData, error.Code);
    }

    [Fact]
    public async Task Get_InternalUser_ReadsAnyLeadById()
    {
        var id = await Submit(_acme, "Nguyễn", "A-1");

        Assert.Equal(id, Core.Submissions.Get(_rep, id, null).Lead.Id);
        Assert.Throws<CrmException>(() => Core.Submissions.Get(_rep, null, "A-1"));
    }

    [Fact]
    public async Task ListSince_GivesOnlyTheCallersLeadsFromThatTime_OldestFirst()
    {
        await Submit(_acme, "Before", "B-0");
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        var since = _test.Clock.Now.UtcDateTime;
        var first = await Submit(_acme, "First", "B-1");
        await Submit(_globex, "Theirs", "G-1");
        _test.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await Submit(_acme, "Second", "B-2");

        var page = Core.Submissions.ListSince(_acme, since, 1);

        Assert.Equal([first, second], page.Leads.Select(l => l.Lead.Id));
        Assert.Equal((1, 2, 0), (page.Page, page.TotalCount, page.NextPage));
    }

    [Fact]
    public void ListSince_PageBelowOne_IsInvalidData() =>
        Assert.Equal(CrmErrorCode.InvalidData, Assert.Throws<CrmException>(() => Core.Submissions.ListSince(_acme, DateTime.UtcNow, 0)).Code);

    [Fact]
    public void Page_NextPage_IsZeroOnTheLastPage()
    {
        Assert.Equal(2, new SubmissionPage([], 1, 100, 101).NextPage);
        Assert.Equal(0, new SubmissionPage([], 2, 100, 101).NextPage);
        Assert.Equal(0, new SubmissionPage([], 1, 100, 100).NextPage);
    }

    private async Task<string> Submit(CrmUser user, string lastName, string partnerRef, params (string Name, string Value)[] more)
    {
        var fields = more.Select(f => KeyValuePair.Create(f.Name, (string?)f.Value))
            .Append(KeyValuePair.Create("last_name", (string?)lastName))
            .Append(KeyValuePair.Create("partner_ref", (string?)partnerRef));
        var receipt = await Core.Intake.SubmitAsync(user, fields);
        return receipt.Id ?? throw receipt.Error!;
    }
}
