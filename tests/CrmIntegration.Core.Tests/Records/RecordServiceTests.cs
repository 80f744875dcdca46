using System.Text;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Records;

public sealed class RecordServiceTests : IDisposable
{
    private readonly TestCore _test = new();

    public RecordServiceTests()
    {
        Seller = Core.AddUser("seller");
        Colleague = Core.AddUser("colleague");
    }

    private CrmCore Core => _test.Core;

    private CrmUser Seller { get; }

    private CrmUser Colleague { get; }

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Create_SetsDatesAndCreator_IgnoringTheCallersValues()
    {
        var lead = Core.AddLead(Seller, "Lý",
            (CommonFields.DateEntered, "2001-01-01 00:00:00"),
            (CommonFields.DateModified, "2001-01-01 00:00:00"),
            (CommonFields.CreatedBy, Colleague.Id),
            (CommonFields.ModifiedUserId, Colleague.Id));

        var stored = Core.Store.Get("Leads", lead.Id)!;
        Assert.Equal(_test.Clock.NowText, stored[CommonFields.DateEntered]);
        Assert.Equal(_test.Clock.NowText, stored[CommonFields.DateModified]);
        Assert.Equal(Seller.Id, stored[CommonFields.CreatedBy]);
        Assert.Equal(Seller.Id, stored[CommonFields.ModifiedUserId]);
        Assert.Equal(Seller.Id, stored[CommonFields.AssignedUserId]);
        Assert.Equal("0", stored[CommonFields.Deleted]);
        Assert.Equal("New", stored["status"]);
        Assert.True(Guid.TryParse(stored.Id, out _));
    }

    [Fact]
    public void Create_KeepsAnExplicitAssignee()
    {
        var lead = Core.AddLead(Seller, "Lý", (CommonFields.AssignedUserId, Colleague.Id));

        Assert.Equal(Colleague.Id, Core.Store.Get("Leads", lead.Id)![CommonFields.AssignedUserId]);
    }

    [Fact]
    public void Update_MovesModifiedStampsOnly()
    {
        var lead = Core.AddLead(Seller, "Lý");
        var entered = _test.Clock.NowText;
        _test.Clock.Advance(TimeSpan.FromHours(2));
        Core.Change(Seller, lead, ("assigned_user_id", Colleague.Id));
        _test.Clock.Advance(TimeSpan.FromHours(1));

        Core.Change(Colleague, lead, ("title", "Kế toán"),
            (CommonFields.DateEntered, "2001-01-01 00:00:00"), (CommonFields.CreatedBy, Colleague.Id),
            (CommonFields.DateModified, "2001-01-01 00:00:00"), (CommonFields.ModifiedUserId, Seller.Id));

        var stored = Core.Store.Get("Leads", lead.Id)!;
        Assert.Equal(entered, stored[CommonFields.DateEntered]);
        Assert.Equal(Seller.Id, stored[CommonFields.CreatedBy]);
        Assert.Equal(_test.Clock.NowText, stored[CommonFields.DateModified]);
        Assert.Equal(Colleague.Id, stored[CommonFields.ModifiedUserId]);
        Assert.Equal("Kế toán", stored["title"]);
    }

    [Fact]
    public void Save_UnknownId_Fails1001_UnlessNewWithId()
    {
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Records.Save(Seller, "Leads",
            Builders.Values(("id", "lead-42"), ("last_name", "Lý"))));

        var created = Core.Records.Save(Seller, "Leads", Builders.Values(("id", "lead-42"), ("new_with_id", "1"), ("last_name", "Lý")));
        Assert.Equal("lead-42", created.Id);
    }

    [Fact]
    public void Save_WithoutRequiredField_Fails1001NamingIt()
    {
        var error = CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Records.Save(Seller, "Leads", Builders.Values(("first_name", "An"))));

        Assert.Contains("Leads.last_name", error.Message);
        Assert.Equal(0, Core.Store.Count("Leads"));
    }

    [Fact]
    public void Save_UnknownModule_Fails20()
    {
        CrmAssert.Fails(CrmErrorCode.ModuleDoesNotExist, () => Core.Records.Save(Seller, "Spaceships", Builders.Values(("name", "x"))));
    }

    [Fact]
    public void Save_DecomposedVietnamese_IsStoredPrecomposed()
    {
        const string name = "Nguyễn Thị Hồng Nhung";
        var lead = Core.AddLead(Seller, name.Normalize(NormalizationForm.FormD));
        _test.Reopen();

        var stored = _test.Core.Records.Get(Seller, "Leads", lead.Id)!["last_name"]!;
        Assert.Equal(Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC)), Encoding.UTF8.GetBytes(stored));
    }

    [Fact]
    public void SoftDelete_HidesTheRecordButKeepsIt()
    {
        var kept = Core.AddLead(Seller, "Còn");
        var lead = Core.AddLead(Seller, "Xoá");

        Core.Change(Seller, lead, ("deleted", "1"));

        Assert.Null(Core.Records.Get(Seller, "Leads", lead.Id));
        Assert.True(Core.Records.Get(Seller, "Leads", lead.Id, includeDeleted: true)!.IsDeleted);
        Assert.Equal([kept.Id], Core.Records.List(Seller, "Leads", new ListRequest()).Records.Select(r => r.Id));
        Assert.Equal(2, Core.Records.List(Seller, "Leads", new ListRequest(IncludeDeleted: true)).TotalCount);
        Assert.Equal(1, Core.Records.Count(Seller, "Leads", null, includeDeleted: false));
        Assert.Equal(2, Core.Store.Count("Leads"));
        CrmAssert.Fails(CrmErrorCode.InvalidData, () => Core.Change(Seller, lead, ("title", "zombie")));
    }

    [Fact]
    public void List_PagesOldestFirst()
    {
        var leads = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            leads.Add(Core.AddLead(Seller, $"Lead {i}").Id);
            _test.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var page = Core.Records.List(Seller, "Leads", new ListRequest(Offset: 1, MaxResults: 2));

        Assert.Equal(leads.Skip(1).Take(2), page.Records.Select(r => r.Id));
        Assert.Equal(5, page.TotalCount);
    }
}
