using System.Text;
using CrmIntegration.Core.Matching.Normalization;

namespace CrmIntegration.Core.Tests.Matching.Normalization;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("  NGUYỄN   Văn Đức ", "nguyen van duc")]
    [InlineData("Trần Thị Thu Hương", "tran thi thu huong")]
    [InlineData("ĐẶNG ĐÌNH ĐÔNG", "dang dinh dong")]
    [InlineData("đường Lê Lợi", "duong le loi")]
    [InlineData("Ngô Quý Ưng", "ngo quy ung")]
    [InlineData("Phạm\u00A0Thị\tHồng", "pham thi hong")] // no-break space and tab
    [InlineData("Co.,Ltd.", "co ltd")]
    [InlineData("Nguyễn-Văn, An", "nguyen van an")]
    [InlineData("O'Brien D’Angelo", "obrien dangelo")]
    [InlineData("Sao\u200BMai", "saomai")] // zero-width space pasted from the web
    [InlineData("ÐỨC", "duc")] // Icelandic eth, as legacy Vietnamese encodings convert Đ
    [InlineData("Ångström Łódź Øre", "angstrom lodz ore")]
    [InlineData("Số 12/3A", "so 12 3a")]
    [InlineData("...", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_RemovesDiacriticsCaseAndPunctuation(string? input, string expected) =>
        Assert.Equal(expected, TextFold.Fold(input));

    [Theory]
    [InlineData("Nguyễn Văn Đức")]
    [InlineData("Lê Thị Ánh Tuyết")]
    [InlineData("Hoàng Đình Đạt")]
    public void Fold_DecomposedInput_FoldsLikeComposed(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(TextFold.Fold(composed), TextFold.Fold(decomposed));
        Assert.Equal(TextFold.Exact(composed), TextFold.Exact(decomposed));
    }

    [Fact]
    public void Fold_MapsBothCasesOfDStroke()
    {
        Assert.Equal("d", TextFold.Fold("đ"));
        Assert.Equal("d", TextFold.Fold("Đ"));
        Assert.Equal("đ", TextFold.Exact("Đ"));
    }

    [Theory]
    [InlineData("  NGUYỄN   Văn Đức ", "nguyễn văn đức")]
    [InlineData("LÊ VĂN ÂN", "lê văn ân")]
    [InlineData("Nguye\u0302\u0303n", "nguyễn")] // decomposed marks compose
    [InlineData("Co.,Ltd.", "co ltd")]
    public void Exact_KeepsDiacritics(string input, string expected)
    {
        var exact = TextFold.Exact(input);
        Assert.Equal(expected, exact);
        Assert.True(exact.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Fold_AlreadyFolded_ReturnsTheSameInstance()
    {
        // Stored keys are folded again on every comparison run; they must not be copied.
        var key = new string("nguyen van an".AsSpan());
        Assert.Same(key, TextFold.Fold(key));
        Assert.Same(key, TextFold.Exact(key));
    }

    [Fact]
    public void Fold_LongInput_UsesTheSameRules()
    {
        var longName = string.Concat(Enumerable.Repeat("Nguyễn Văn Đức, ", 40));
        var expected = string.Join(' ', Enumerable.Repeat("nguyen van duc", 40));
        Assert.True(longName.Length > 256);
        Assert.Equal(expected, TextFold.Fold(longName));
        Assert.Equal(expected, TextFold.Fold(TextFold.Exact(longName)));
    }
}
