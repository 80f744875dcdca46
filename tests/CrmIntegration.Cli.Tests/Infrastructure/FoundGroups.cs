using System.Text.Json;

namespace CrmIntegration.Cli.Tests.Infrastructure;

/// <summary>
/// The groups of a <c>crm dedupe find --format json</c> run, by member id: group numbers depend on
/// record ids (ties are broken by id), so tests look groups up by what they hold.
/// </summary>
internal sealed record FoundGroups(IReadOnlyList<FoundGroups.Group> Groups)
{
    internal sealed record Group(int Number, IReadOnlyList<(string Module, string Id)> Members)
    {
        public IEnumerable<string> Ids => Members.Select(m => m.Id);
    }

    public static async Task<FoundGroups> FindAsync(string db, params string[] options)
    {
        var run = await Crm.OkAsync(["dedupe", "find", "Leads", "--format", "json", .. options, "--db", db]);
        using var json = JsonDocument.Parse(run.Output);
        return new FoundGroups(json.RootElement.EnumerateArray().Select(g => new Group(
            g.GetProperty("group").GetInt32(),
            g.GetProperty("members").EnumerateArray()
                .Select(m => (m.GetProperty("module").GetString()!, m.GetProperty("id").GetString()!)).ToList())).ToList());
    }

    public Group Of(string id) => Groups.Single(g => g.Ids.Contains(id));
}
