using System.Text;
using CrmIntegration.Core.Matching.Normalization;

namespace CrmIntegration.Core.Tests.Matching.Normalization;

public sealed class PersonNameTests
{
    [Theory]
    // One person, as SugarCRM's first/last name fields receive him from different sources.
    [InlineData("An", "Nguyễn Văn", "an nguyen van")]
    [InlineData("", "Nguyễn Văn An", "an nguyen van")]
    [InlineData("Nguyễn Văn An", null, "an nguyen van")]
    [InlineData("NGUYEN VAN", "AN", "an nguyen van")]
    [InlineData("An Nguyen Van", "", "an nguyen van")]
    [InlineData("Van An", "Nguyen", "an nguyen van")]
    [InlineData("  An ", "  Nguyễn   Văn  ", "an nguyen van")]
    [InlineData("An", "Nguye\u0302\u0303n Va\u0306n", "an nguyen van")] // decomposed (NFD) input
    [InlineData("Nguyễn, Văn An", "", "an nguyen van")]
    [InlineData("Ông Nguyễn Văn An", "", "an nguyen van")]
    [InlineData("Mr. An", "Nguyen Van", "an nguyen van")]
    [InlineData("Đức", "Trần Minh", "duc minh tran")]
    [InlineData("ĐỨC", "TRẦN MINH", "duc minh tran")]
    [InlineData("ÐỨC", "TRẦN MINH", "duc minh tran")] // Icelandic eth from a legacy encoding
    [InlineData("Hoàng Đình Đạt", "", "dat dinh hoang")]
    [InlineData("Bà", "Phạm Thị Hồng Nhung", "hong nhung pham thi")]
    [InlineData("Chị Lan", "Trần Thị", "lan thi tran")]
    [InlineData("Mrs. Smith", "", "smith")]
    [InlineData("Dr. Mary-Jane", "O'Brien", "jane mary obrien")]
    // Salutation look-alikes that are names and must survive.
    [InlineData("Tuấn Anh", "Nguyễn", "anh nguyen tuan")]
    [InlineData("Anh Nguyễn Tuấn", "", "anh nguyen tuan")]
    [InlineData("Anh", "Lê", "anh le")]
    [InlineData("Chi", "Nguyễn Linh", "chi linh nguyen")]
    [InlineData("Ông Văn Tùng", "", "ong tung van")] // Ông is also a surname
    [InlineData("Dr.", null, "dr")] // a title alone is all there is
    [InlineData("", "   ", "")]
    [InlineData(null, null, "")]
    public void Parse_RealWorldForms_GiveTheFoldedKey(string? first, string? last, string expected) =>
        Assert.Equal(expected, PersonName.Parse(first, last).FoldedKey);

    [Theory]
    [InlineData("An", "Nguyễn Văn", "an nguyễn văn")]
    [InlineData("NGUYỄN VĂN AN", "", "an nguyễn văn")]
    [InlineData("Ân", "Lê Văn", "lê văn ân")]
    [InlineData("Nguyen Van An", "", "an nguyen van")]
    public void Parse_ExactKey_KeepsDiacritics(string first, string last, string expected) =>
        Assert.Equal(expected, PersonName.Parse(first, last).ExactKey);

    [Fact]
    public void Parse_DecomposedInput_MatchesComposedExactly()
    {
        var composed = PersonName.Parse("Đức", "Trần Minh");
        var decomposed = PersonName.Parse("Đức".Normalize(NormalizationForm.FormD), "Trần Minh".Normalize(NormalizationForm.FormD));
        Assert.Equal(composed.ExactKey, decomposed.ExactKey);
        Assert.Equal(composed.FoldedKey, decomposed.FoldedKey);
    }

    [Fact]
    public void Parse_NamesDifferingOnlyInTones_FoldEqualButNotExact()
    {
        var an = PersonName.Parse("An", "Lê Văn");
        var ân = PersonName.Parse("Ân", "Lê Văn");
        Assert.Equal(an.FoldedKey, ân.FoldedKey);
        Assert.NotEqual(an.ExactKey, ân.ExactKey);
    }

    [Fact]
    public void Parse_UnaccentedCopy_FoldsEqualButOnlyTheAccentedOneMatchesExactly()
    {
        var original = PersonName.Parse("An", "Nguyễn Văn");
        var rotated = PersonName.Parse("Nguyễn Văn An", null);
        var unaccented = PersonName.Parse("NGUYEN VAN AN", null);
        Assert.Equal(original.ExactKey, rotated.ExactKey);
        Assert.Equal(original.FoldedKey, unaccented.FoldedKey);
        Assert.NotEqual(original.ExactKey, unaccented.ExactKey);
    }

    [Theory]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn Anh")]
    [InlineData("Nguyễn Văn An", "Nguyễn An")]
    [InlineData("Trần Thị Lan", "Trần Thị Lan Anh")]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn Văn An")] // a multiset, not a set
    public void Parse_DifferentNames_StayDifferent(string a, string b) =>
        Assert.NotEqual(PersonName.Parse(a, null).FoldedKey, PersonName.Parse(b, null).FoldedKey);

    [Fact]
    public void Parse_TokensAreSortedAndAligned()
    {
        var name = PersonName.Parse("Đức", "Trần Minh");
        Assert.Equal(["duc", "minh", "tran"], name.FoldedTokens);
        Assert.Equal(["minh", "trần", "đức"], name.ExactTokens);
        Assert.False(name.IsEmpty);
        Assert.True(PersonName.Parse(" ", null).IsEmpty);
    }
}
