using CrmIntegration.Core.Matching.Normalization;

namespace CrmIntegration.Core.Tests.Matching.Normalization;

public sealed class EmailKeyTests
{
    [Theory]
    // Gmail ignores dots and +tags, and googlemail.com is the same mailbox.
    [InlineData("an.nguyen@gmail.com", "annguyen@gmail.com")]
    [InlineData("annguyen@gmail.com", "annguyen@gmail.com")]
    [InlineData("An.Nguyen+crm@Gmail.com", "annguyen@gmail.com")]
    [InlineData("a.n.nguyen+newsletter+2024@gmail.com", "annguyen@gmail.com")]
    [InlineData("an.nguyen@googlemail.com", "annguyen@gmail.com")]
    [InlineData("AN.NGUYEN@GOOGLEMAIL.COM", "annguyen@gmail.com")]
    [InlineData("  ANNGUYEN@GMAIL.COM  ", "annguyen@gmail.com")]
    // Elsewhere dots and +tags are part of the mailbox.
    [InlineData("an.nguyen@outlook.com", "an.nguyen@outlook.com")]
    [InlineData("An.Nguyen+crm@Outlook.com", "an.nguyen+crm@outlook.com")]
    [InlineData("an.nguyen@hotmail.com", "an.nguyen@hotmail.com")]
    [InlineData("an.nguyen@yahoo.com.vn", "an.nguyen@yahoo.com.vn")]
    [InlineData("AN.NGUYEN@FPT.COM.VN", "an.nguyen@fpt.com.vn")]
    [InlineData("ketoan-hcm@sao-mai.vn", "ketoan-hcm@sao-mai.vn")]
    // Wrappers seen in pasted and exported data.
    [InlineData("\tan@vng.com.vn\r\n", "an@vng.com.vn")]
    [InlineData("<an@vng.com.vn>", "an@vng.com.vn")]
    [InlineData("mailto:an@vng.com.vn", "an@vng.com.vn")]
    [InlineData("MAILTO:An@VNG.com.vn", "an@vng.com.vn")]
    [InlineData("Nguyễn Văn An <An.Nguyen@Gmail.com>", "annguyen@gmail.com")]
    [InlineData("\"An, Nguyen\" <an@vng.com.vn>", "an@vng.com.vn")]
    public void Normalize_RealWorldForms_GiveTheKey(string input, string expected) =>
        Assert.Equal(expected, EmailKey.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("n/a")]
    [InlineData("chưa có")]
    [InlineData("an@")]
    [InlineData("@gmail.com")]
    [InlineData("an@gmail")]
    [InlineData("an@@gmail.com")]
    [InlineData("an@nguyen@gmail.com")]
    [InlineData("an nguyen@gmail.com")]
    [InlineData("an@gmail..com")]
    [InlineData("an@.com")]
    [InlineData(".an@vng.com.vn")]
    [InlineData("an.@vng.com.vn")]
    [InlineData("an@vng.com.vn.")]
    [InlineData("+tag@gmail.com")]
    [InlineData("Nguyễn Văn An <an@vng.com.vn")]
    [InlineData("an@vng.com.vn; binh@vng.com.vn")]
    public void Normalize_NotAnAddress_GivesNull(string? input) => Assert.Null(EmailKey.Normalize(input));
}
