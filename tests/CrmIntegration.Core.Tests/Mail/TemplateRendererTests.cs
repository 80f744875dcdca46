using CrmIntegration.Core.Mail;

namespace CrmIntegration.Core.Tests.Mail;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string?> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first_name"] = "Thị Hồng Nhung",
        ["last_name"] = "Nguyễn",
        ["account_name"] = "Công ty TNHH Hoa Sen & Cộng sự <HCM>",
        ["phone_mobile"] = "0903 123 456",
        ["assigned_user_name"] = "Trần Văn Bình",
        ["link"] = "https://crm.example.vn/index.php?module=Leads&action=DetailView&record=42",
        ["title"] = null,
        ["description"] = "dòng một\r\ndòng hai",
    };

    public static TheoryData<string, string> TextCases => new()
    {
        { "Chào {{assigned_user_name}}", "Chào Trần Văn Bình" },
        { "{{last_name}} {{first_name}}", "Nguyễn Thị Hồng Nhung" },
        { "{{ first_name }} / {{FIRST_NAME}}", "Thị Hồng Nhung / Thị Hồng Nhung" },
        { "Chức danh: [{{title}}]", "Chức danh: []" },
        { "Missing: [{{not_a_field}}]", "Missing: [{{not_a_field}}]" },
        { "Company: {{account_name}}", "Company: Công ty TNHH Hoa Sen & Cộng sự <HCM>" },
        { "{{link}}", "https://crm.example.vn/index.php?module=Leads&action=DetailView&record=42" },
        { "No placeholders: {single} {{ }} {{bad-name}}", "No placeholders: {single} {{ }} {{bad-name}}" },
        { "{{description}}", "dòng một\r\ndòng hai" },
    };

    [Theory]
    [MemberData(nameof(TextCases))]
    public void TextBody_FillsKnownPlaceholders_AsWritten(string template, string expected)
    {
        var rendered = TemplateRenderer.Render(new MailTemplate("t", "s", template, null), Values);

        Assert.Equal(expected, rendered.TextBody);
    }

    public static TheoryData<string, string> HtmlCases => new()
    {
        { "<p>{{account_name}}</p>", "<p>Công ty TNHH Hoa Sen &amp; Cộng sự &lt;HCM&gt;</p>" },
        { "<a href=\"{{link}}\">x</a>", "<a href=\"https://crm.example.vn/index.php?module=Leads&amp;action=DetailView&amp;record=42\">x</a>" },
        { "<b>{{last_name}} {{first_name}}</b>", "<b>Nguyễn Thị Hồng Nhung</b>" },
    };

    [Theory]
    [MemberData(nameof(HtmlCases))]
    public void HtmlBody_EscapesValues_ButNotTheTemplate_AndKeepsVietnameseLetters(string template, string expected)
    {
        var rendered = TemplateRenderer.Render(new MailTemplate("t", "s", "", template), Values);

        Assert.Equal(expected, rendered.HtmlBody);
    }

    [Fact]
    public void HtmlEscape_QuotesCannotLeaveAnAttribute()
    {
        Assert.Equal("&quot; onmouseover=&#39;x&#39;", TemplateRenderer.HtmlEscape("\" onmouseover='x'"));
    }

    [Fact]
    public void Subject_IsOneLine_EvenWhenAValueHasLineBreaks()
    {
        var rendered = TemplateRenderer.Render(new MailTemplate("t", "Re: {{description}}", "", null), Values);

        Assert.Equal("Re: dòng một dòng hai", rendered.Subject);
    }

    [Fact]
    public void UnknownPlaceholders_AreReportedOnce_FromEveryPart()
    {
        var template = new MailTemplate("t", "{{subject_typo}}", "{{body_typo}} {{body_typo}}", "{{Body_Typo}} {{first_name}}");

        var rendered = TemplateRenderer.Render(template, Values);

        Assert.Equal(["body_typo", "subject_typo"], rendered.UnknownPlaceholders);
        Assert.Equal("{{subject_typo}}", rendered.Subject);
    }

    [Fact]
    public void NoHtmlTemplate_GivesNoHtmlBody()
    {
        Assert.Null(TemplateRenderer.Render(new MailTemplate("t", "s", "b", null), Values).HtmlBody);
    }
}
