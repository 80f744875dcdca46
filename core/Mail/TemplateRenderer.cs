using System.Text;
using System.Text.RegularExpressions;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Fills <c>{{name}}</c> placeholders (case-insensitive, spaces inside the braces allowed). A known
/// name with no value becomes empty; an unknown name stays as written and is reported. Values are
/// HTML-escaped in the HTML body and put on one line in the subject. A section
/// <c>{{#name}}…{{/name}}</c> (as in Mustache) keeps its text only when the value is not empty, so
/// a line such as "Details: {{link}}" can disappear with its value. In the HTML body a link whose
/// address came out empty (<c>&lt;a href=""&gt;Details&lt;/a&gt;</c>) is reduced to its text.
/// </summary>
public static partial class TemplateRenderer
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{\s*#\s*([A-Za-z0-9_]+)\s*\}\}(.*?)\{\{\s*/\s*\1\s*\}\}", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"<a\b[^>]*?\bhref\s*=\s*(?:""\s*""|'\s*')[^>]*>(.*?)</a\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex EmptyLink();

    /// <summary>Fills the template; <paramref name="values"/> holds every known placeholder (null: known but empty).</summary>
    public static RenderedMail Render(MailTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var unknown = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var subject = Fill(template.Subject, values, unknown, OneLine);
        var text = Fill(template.TextBody, values, unknown, v => v);
        var html = template.HtmlBody is null ? null : EmptyLink().Replace(Fill(template.HtmlBody, values, unknown, HtmlEscape), "$1");
        return new RenderedMail(OneLine(subject), text, html, unknown.ToList());
    }

    /// <summary>
    /// Escapes only what HTML needs (&amp; &lt; &gt; " '), unlike WebUtility.HtmlEncode, which turns
    /// Latin-1 letters such as à and é into numeric entities and so garbles Vietnamese in the source.
    /// </summary>
    public static string HtmlEscape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string?> values, ISet<string> unknown, Func<string, string> encode) =>
        Placeholder().Replace(Sections(text, values, unknown), match =>
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                unknown.Add(name);
                return match.Value;
            }

            return encode(value ?? "");
        });

    /// <summary>Keeps or drops each section; an unknown section name is left as written, like a placeholder.</summary>
    private static string Sections(string text, IReadOnlyDictionary<string, string?> values, ISet<string> unknown) =>
        Section().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                unknown.Add(name);
                return match.Value;
            }

            return string.IsNullOrWhiteSpace(value) ? "" : match.Groups[2].Value;
        });

    // A header cannot hold a line break; a multi-line field value would otherwise end the subject.
    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
