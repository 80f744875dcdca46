using CrmIntegration.Core.Matching.Normalization;

namespace CrmIntegration.Core.Tests.Matching.Normalization;

public sealed class CompanyNameTests
{
    [Theory]
    // Limited liability, Vietnamese and English, prefix and suffix.
    [InlineData("Công ty TNHH Sao Mai", "sao mai", "tnhh")]
    [InlineData("CÔNG TY TNHH SAO MAI", "sao mai", "tnhh")]
    [InlineData("Cong ty TNHH Sao Mai", "sao mai", "tnhh")]
    [InlineData("Cty TNHH Sao Mai", "sao mai", "tnhh")]
    [InlineData("Công ty Trách nhiệm Hữu hạn Sao Mai", "sao mai", "tnhh")]
    [InlineData("Sao Mai Co., Ltd", "sao mai", "tnhh")]
    [InlineData("SAO MAI CO.,LTD.", "sao mai", "tnhh")]
    [InlineData("Sao Mai Company Limited", "sao mai", "tnhh")]
    [InlineData("Sao Mai Ltd", "sao mai", "tnhh")]
    [InlineData("Sao Mai LLC", "sao mai", "tnhh")]
    [InlineData("Sao Mai Pte. Ltd.", "sao mai", "tnhh")]
    // Single-member limited liability.
    [InlineData("Công ty TNHH MTV Sao Mai", "sao mai", "tnhh-mtv")]
    [InlineData("CÔNG TY TNHH MỘT THÀNH VIÊN SAO MAI", "sao mai", "tnhh-mtv")]
    [InlineData("Cty TNHH-MTV Sao Mai", "sao mai", "tnhh-mtv")]
    [InlineData("Sao Mai One Member Co., Ltd", "sao mai", "tnhh-mtv")]
    // Joint-stock.
    [InlineData("Công ty Cổ phần Sao Mai", "sao mai", "cp")]
    [InlineData("Cong ty Co phan Sao Mai", "sao mai", "cp")]
    [InlineData("Công ty CP Sao Mai", "sao mai", "cp")]
    [InlineData("Cty CP Sao Mai", "sao mai", "cp")]
    [InlineData("Cty. CP Sao Mai", "sao mai", "cp")]
    [InlineData("CTCP Sao Mai", "sao mai", "cp")]
    [InlineData("Sao Mai JSC", "sao mai", "cp")]
    [InlineData("Sao Mai J.S.C.", "sao mai", "cp")]
    [InlineData("Sao Mai Joint Stock Company", "sao mai", "cp")]
    [InlineData("Sao Mai Joint-Stock Co.", "sao mai", "cp")]
    [InlineData("Ngân hàng TMCP Ngoại thương Việt Nam", "ngan hang ngoai thuong", "cp")]
    [InlineData("Tổng công ty Cổ phần Bảo Minh", "bao minh", "cp")]
    // Corporations and other forms.
    [InlineData("Sao Mai Corporation", "sao mai", "corp")]
    [InlineData("Sao Mai Corp.", "sao mai", "corp")]
    [InlineData("Tổng công ty Sao Mai", "sao mai", "corp")]
    [InlineData("Sao Mai, Inc.", "sao mai", "inc")]
    [InlineData("Sao Mai Incorporated", "sao mai", "inc")]
    [InlineData("Doanh nghiệp tư nhân Sao Mai", "sao mai", "dntn")]
    [InlineData("Hợp tác xã Sao Mai", "sao mai", "htx")]
    // Noise words around the name.
    [InlineData("Tập đoàn Sao Mai", "sao mai", null)]
    [InlineData("Sao Mai Group", "sao mai", null)]
    [InlineData("Chi nhánh Công ty TNHH Sao Mai", "sao mai", "tnhh")]
    [InlineData("Văn phòng đại diện Sao Mai", "sao mai", null)]
    [InlineData("Công ty TNHH Sao Mai Việt Nam", "sao mai", "tnhh")]
    [InlineData("Sao Mai Vietnam Co., Ltd", "sao mai", "tnhh")]
    [InlineData("Sao Mai Viet Nam", "sao mai", null)]
    [InlineData("Sao Mai", "sao mai", null)]
    // Words that look like legal forms or noise but are the name.
    [InlineData("Công ty Cơ khí Hà Nội", "co khi ha noi", null)]
    [InlineData("Công ty TNHH Hữu Cơ", "huu co", "tnhh")]
    [InlineData("Việt Nam", "viet nam", null)]
    [InlineData("Tập đoàn Việt Nam", "tap doan viet nam", null)]
    [InlineData("A.B.C Trading Co., Ltd", "abc trading", "tnhh")]
    [InlineData("Công ty TNHH A & B", "ab", "tnhh")]
    public void Parse_RealWorldForms_GiveKeyAndLegalForm(string input, string key, string? legalForm)
    {
        var company = CompanyName.Parse(input);
        Assert.Equal(key, company.Key);
        Assert.Equal(legalForm, company.LegalForm);
        Assert.Equal(key, string.Join(' ', company.Tokens));
    }

    [Theory]
    [InlineData("Công ty TNHH", "tnhh")]
    [InlineData("CTCP", "cp")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData(" ., ", null)]
    public void Parse_NoNameLeft_IsEmpty(string? input, string? legalForm)
    {
        var company = CompanyName.Parse(input);
        Assert.True(company.IsEmpty);
        Assert.Equal("", company.Key);
        Assert.Equal(legalForm, company.LegalForm);
    }

    [Theory]
    [InlineData("Công ty TNHH Sao Mai", "Công ty TNHH Mai Sao")] // order is part of a company name
    [InlineData("Công ty TNHH Sao Mai", "Công ty TNHH Sao Mai Xanh")]
    [InlineData("Công ty CP Sao Mai", "Công ty CP Sao Mới")]
    [InlineData("Sao Mai Co., Ltd", "Sao Mai Logistics Co., Ltd")]
    public void Parse_DifferentCompanies_StayDifferent(string a, string b) =>
        Assert.NotEqual(CompanyName.Parse(a).Key, CompanyName.Parse(b).Key);

    [Fact]
    public void Parse_SameNameDifferentLegalClass_SameKeyDifferentForm()
    {
        var tnhh = CompanyName.Parse("Công ty TNHH Sao Mai");
        var cp = CompanyName.Parse("Công ty Cổ phần Sao Mai");
        Assert.Equal(tnhh.Key, cp.Key);
        Assert.NotEqual(tnhh.LegalForm, cp.LegalForm);
        Assert.False(CompanyLegalForm.AreCompatible(tnhh.LegalForm, cp.LegalForm));
    }

    [Theory]
    [InlineData("tnhh", "tnhh", true)]
    [InlineData("tnhh", "tnhh-mtv", true)]
    [InlineData("tnhh-mtv", "tnhh", true)]
    [InlineData(null, "cp", true)]
    [InlineData("cp", null, true)]
    [InlineData("tnhh", "cp", false)]
    [InlineData("tnhh-mtv", "cp", false)]
    [InlineData("corp", "inc", false)]
    public void AreCompatible_FollowsLegalMeaning(string? a, string? b, bool expected) =>
        Assert.Equal(expected, CompanyLegalForm.AreCompatible(a, b));
}
