using CrmIntegration.Core.Matching.Normalization;

namespace CrmIntegration.Core.Tests.Matching.Normalization;

public sealed class PhoneKeyTests
{
    [Theory]
    // One MobiFone number written every way it turns up in CRM data.
    [InlineData("0901234567")]
    [InlineData("+84 90 123 4567")]
    [InlineData("84-90-123-4567")]
    [InlineData("(090) 123 4567")]
    [InlineData("090.123.4567")]
    [InlineData("0901 234 567")]
    [InlineData("+84901234567")]
    [InlineData("84901234567")]
    [InlineData("0084 90 123 4567")]
    [InlineData("+84 (0) 90 123 4567")]
    [InlineData("(+84) 90-123-4567")]
    [InlineData("901234567")] // a spreadsheet dropped the leading zero
    [InlineData("Tel: 0901 234 567")]
    [InlineData("ĐT: 090 123 45 67")]
    [InlineData("090 123 4567 ext 12")]
    [InlineData("0901234567 / 0912345678")]
    [InlineData("０９０ １２３ ４５６７")] // full-width digits from an East Asian input method
    public void Normalize_FormsOfOneMobile_GiveOneKey(string input) =>
        Assert.Equal("+84901234567", PhoneKey.Normalize(input));

    [Theory]
    // 2018 remap: every legacy 11-digit prefix of every carrier.
    [InlineData("0162 123 4567", "+84321234567")] // Viettel
    [InlineData("0163 123 4567", "+84331234567")]
    [InlineData("0164 123 4567", "+84341234567")]
    [InlineData("0165 123 4567", "+84351234567")]
    [InlineData("0166 123 4567", "+84361234567")]
    [InlineData("0167 123 4567", "+84371234567")]
    [InlineData("0168 123 4567", "+84381234567")]
    [InlineData("0169 123 4567", "+84391234567")]
    [InlineData("0120 123 4567", "+84701234567")] // MobiFone
    [InlineData("0121 123 4567", "+84791234567")]
    [InlineData("0122 123 4567", "+84771234567")]
    [InlineData("0126 123 4567", "+84761234567")]
    [InlineData("0128 123 4567", "+84781234567")]
    [InlineData("0123 123 4567", "+84831234567")] // VinaPhone
    [InlineData("0124 123 4567", "+84841234567")]
    [InlineData("0125 123 4567", "+84851234567")]
    [InlineData("0127 123 4567", "+84811234567")]
    [InlineData("0129 123 4567", "+84821234567")]
    [InlineData("0186 123 4567", "+84561234567")] // Vietnamobile
    [InlineData("0188 123 4567", "+84581234567")]
    [InlineData("0199 123 4567", "+84591234567")] // Gmobile
    // Legacy prefixes written internationally, and the current form they map to.
    [InlineData("+84 162 123 4567", "+84321234567")]
    [InlineData("84 162 123 4567", "+84321234567")]
    [InlineData("+84 (0)162 123 4567", "+84321234567")]
    [InlineData("0084 1667 123 456", "+84367123456")]
    [InlineData("1691234567", "+84391234567")] // legacy, leading zero dropped
    [InlineData("032 123 4567", "+84321234567")]
    public void Normalize_LegacyMobilePrefixes_AreRemapped(string input, string expected) =>
        Assert.Equal(expected, PhoneKey.Normalize(input));

    [Theory]
    [InlineData("028 3823 4567", "+842838234567")] // Hồ Chí Minh City
    [InlineData("(028) 38.234.567", "+842838234567")]
    [InlineData("+84 28 3823 4567", "+842838234567")]
    [InlineData("84 28 3823 4567", "+842838234567")]
    [InlineData("024 3825 1234", "+842438251234")] // Hà Nội
    [InlineData("0236 3821 234", "+842363821234")] // Đà Nẵng
    [InlineData("1900 1234", "+8419001234")] // hotline
    public void Normalize_Landlines_GiveE164(string input, string expected) =>
        Assert.Equal(expected, PhoneKey.Normalize(input));

    [Theory]
    [InlineData("+1 (650) 253-0000", "+16502530000")]
    [InlineData("001 650 253 0000", "+16502530000")]
    [InlineData("+65 6123 4567", "+6561234567")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+39 06 1234 5678", "+390612345678")] // Italy keeps its leading zero
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("+850 2 381 2345", "+85023812345")] // starts like 84 but is another country
    public void Normalize_ForeignNumbers_KeepTheirCountry(string input, string expected) =>
        Assert.Equal(expected, PhoneKey.Normalize(input));

    [Fact]
    public void Normalize_OtherDefaultRegion_ParsesNationalNumbersThere()
    {
        Assert.Equal("+16502530000", PhoneKey.Normalize("(650) 253-0000", "US"));
        Assert.Equal("+84901234567", PhoneKey.Normalize("+84 90 123 4567", "US"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("n/a")]
    [InlineData("không có")]
    [InlineData("0")]
    [InlineData("12345")]
    [InlineData("0901 234")]
    [InlineData("090123456789012345678")]
    [InlineData("+84 12")]
    [InlineData("09012345678")] // a mobile with a digit too many
    [InlineData("090123456")] // and one too few
    [InlineData("028 3823 456")] // a landline one digit short
    [InlineData("0130 123 4567")] // 013x was never a mobile prefix
    [InlineData("+999 1234 5678")]
    [InlineData("+0 123 456 789")]
    [InlineData("00")]
    public void Normalize_NotAPhoneNumber_GivesNull(string? input) => Assert.Null(PhoneKey.Normalize(input));

    [Fact]
    public void Normalize_DifferentNumbers_StayDifferent()
    {
        Assert.NotEqual(PhoneKey.Normalize("0901234567"), PhoneKey.Normalize("0901234568"));
        Assert.NotEqual(PhoneKey.Normalize("0162 123 4567"), PhoneKey.Normalize("0163 123 4567"));
    }
}
