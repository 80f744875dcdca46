using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// A search's groups as <c>crm dedupe find</c> prints them: a table for people, CSV
/// (<c>group,id,score,</c> the module's display fields, then <c>module</c>) for spreadsheets, JSON
/// (an array of groups with their members) for scripts. Records are read while the database is
/// open; writing happens after it is closed.
/// </summary>
internal sealed class DuplicateReport
{
    private DuplicateReport(IReadOnlyList<string> fields, IReadOnlyList<Group> groups)
    {
        Fields = fields;
        Groups = groups;
    }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<Group> Groups { get; }

    /// <summary>One group; also the JSON shape (snake_case).</summary>
    internal sealed record Group(int Number, string Module, IReadOnlyList<Member> Members);

    internal sealed record Member(string Module, string Id, double Score, string Rule, IReadOnlyDictionary<string, string> Fields);

    public static DuplicateReport Build(CrmCore core, DuplicateSearchResult result)
    {
        var fields = DisplayFields.For(result.Module);
        var groups = result.Groups.Select(g => new Group(g.Number, g.Module, g.Members.Select(m =>
        {
            var record = core.Store.Get(m.Module, m.Id);
            var values = record is null ? fields.Select(_ => "").ToList() : DisplayFields.Values(core.Store, core.Registry, record, fields);
            var byName = fields.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            return new Member(m.Module, m.Id, m.Score, m.Rule, byName);
        }).ToList())).ToList();
        return new DuplicateReport(fields, groups);
    }

    public void Write(CommandContext context, string format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(context.Output, Groups.Select(g => new { group = g.Number, module = g.Module, members = g.Members }));
                break;
            case OutputFormat.Csv:
                CsvOutput.Write(context.Output, ["group", "id", "score", .. Fields, "module"],
                    Rows().Select(r => (IReadOnlyList<string>)[Text(r.Group), r.Member.Id, Score(r.Member.Score), .. Values(r.Member), r.Member.Module]));
                break;
            default:
                TableOutput.Write(context, ["group", "module", "id", "score", "rule", .. Fields],
                    Rows().Select(r => (IReadOnlyList<string>)[Text(r.Group), r.Member.Module, r.Member.Id, Score(r.Member.Score), r.Member.Rule, .. Values(r.Member)]));
                break;
        }
    }

    private IEnumerable<(int Group, Member Member)> Rows() => Groups.SelectMany(g => g.Members.Select(m => (g.Number, m)));

    private IEnumerable<string> Values(Member member) => Fields.Select(f => member.Fields[f]);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Score(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
