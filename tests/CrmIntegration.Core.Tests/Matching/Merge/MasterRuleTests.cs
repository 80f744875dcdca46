using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Matching.Merge;

public sealed class MasterRuleTests : IDisposable
{
    private readonly TestCore _test = new();

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Fact]
    public void WithoutAMaster_TheMostCompleteRecordWins()
    {
        var sparse = Core.Add("Accounts", ("name", "Sao Mai"));
        _test.Clock.Advance(TimeSpan.FromDays(1));
        var full = Core.Add("Accounts", ("name", "Sao Mai JSC"), ("phone_office", "02838123456"), ("website", "https://saomai.vn"));

        var plan = Core.Merges.Preview(Admin, new MergeRequest("Accounts", [sparse.Id, full.Id]));

        Assert.Equal(full.Id, plan.MasterId);
        Assert.StartsWith("most complete", plan.MasterRule);
    }

    [Fact]
    public void WithoutAMaster_EquallyCompleteRecords_TheOldestWins()
    {
        var newer = Core.Add("Leads", ("last_name", "Hai"));
        _test.Clock.Advance(TimeSpan.FromDays(-1));
        var older = Core.Add("Leads", ("last_name", "Một"));

        var plan = Core.Merges.Preview(Admin, new MergeRequest("Leads", [newer.Id, older.Id]));

        Assert.Equal(older.Id, plan.MasterId);
    }

    [Fact]
    public void AGivenMaster_Wins()
    {
        var a = Core.Add("Leads", ("last_name", "Một"), ("title", "Giám đốc"));
        var b = Core.Add("Leads", ("last_name", "Hai"));

        var plan = Core.Merges.Preview(Admin, new MergeRequest("Leads", [a.Id, b.Id], b.Id));

        Assert.Equal((b.Id, "chosen by the caller"), (plan.MasterId, plan.MasterRule));
    }
}
