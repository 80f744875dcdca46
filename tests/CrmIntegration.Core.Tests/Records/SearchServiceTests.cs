using System.Text;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Records;

public sealed class SearchServiceTests : IDisposable
{
    private readonly TestCore _test = new();

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData("nguyễn thị")]
    [InlineData("Nhung Nguyễn")]
    [InlineData("HỒNG")]
    public void Search_FindsVietnameseNames_ByPrefixOrWords(string searchString)
    {
        var core = _test.Core;
        var seller = core.AddUser("seller");
        var lead = core.AddLead(seller, "Nguyễn Thị Hồng Nhung");
        core.AddLead(seller, "Nguyen Thi Hong Nhung");

        var (module, records) = Assert.Single(core.Search.Search(seller, searchString.Normalize(NormalizationForm.FormD), ["Leads"], 0, 10));

        Assert.Equal("Leads", module);
        Assert.Equal(lead.Id, Assert.Single(records).Id);
    }

    [Fact]
    public void Search_Partner_FindsOnlyOwnLeads()
    {
        var core = _test.Core;
        var partner = core.AddUser("partner", UserRole.Partner);
        var seller = core.AddUser("seller");
        var own = core.AddLead(partner, "Trần Văn A");
        core.AddLead(seller, "Trần Văn B");

        var (_, records) = Assert.Single(core.Search.Search(partner, "trần", ["Leads"], 0, 10));

        Assert.Equal(own.Id, Assert.Single(records).Id);
    }

    [Fact]
    public void Search_EmptyString_Fails1001()
    {
        var seller = _test.Core.AddUser("seller");

        CrmAssert.Fails(CrmErrorCode.InvalidData, () => _test.Core.Search.Search(seller, "  ", ["Leads"], 0, 10));
    }
}
