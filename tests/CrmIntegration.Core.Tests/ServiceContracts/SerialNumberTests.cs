using CrmIntegration.Core.ServiceContracts;

namespace CrmIntegration.Core.Tests.ServiceContracts;

public sealed class SerialNumberTests
{
    [Theory]
    [InlineData("SN1234AB", "SN1234AB")]
    [InlineData("sn 12-34ab", "SN1234AB")]
    [InlineData("  sn\t12–34 ab ", "SN1234AB")]
    [InlineData("ＳＮ１２３４ＡＢ", "SN1234AB")]
    [InlineData("- -", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Key_IgnoresCaseSpacesAndDashes(string? serial, string? key) => Assert.Equal(key, SerialNumber.Key(serial));

    [Theory]
    [InlineData("PowerEdge R760", " poweredge r760 ", true)]
    [InlineData("PowerEdge R760", "PowerEdge R750", false)]
    public void SameModel_IgnoresCaseAndOuterSpaces(string one, string other, bool same) => Assert.Equal(same, SerialNumber.SameModel(one, other));
}
