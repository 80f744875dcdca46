using System.Globalization;
using System.Text.Json;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// The groups of the latest <c>crm dedupe find</c> of a module, saved beside the database
/// (<c>crm.db.dedupe-Leads.json</c>) so that <c>crm dedupe merge --group N</c> merges exactly the
/// records the admin saw as group N, even after other groups were merged (a fresh search would
/// renumber them). Each member's <c>date_modified</c> is kept: a group whose records changed since
/// the find is refused rather than merged on stale judgement.
/// </summary>
internal sealed record SavedFind(string Module, string Rules, IReadOnlyList<string> Against, string FoundUtc, IReadOnlyList<SavedFind.Group> Groups)
{
    internal sealed record Group(int Number, IReadOnlyList<Member> Members);

    internal sealed record Member(string Module, string Id, string? DateModified);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string PathFor(CommandContext context, string module) =>
        Path.GetFullPath(context.DatabasePath) + ".dedupe-" + module + ".json";

    public static SavedFind From(ICrmStore store, DuplicateSearchResult result, DateTimeOffset now) => new(
        result.Module,
        result.Rules,
        result.Against,
        now.UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture),
        result.Groups.Select(g => new Group(g.Number, g.Members
            .Select(m => new Member(m.Module, m.Id, store.Get(m.Module, m.Id)?["date_modified"])).ToList())).ToList());

    /// <summary>Saves the find; when the directory is not writable the report is still worth having, so it only warns.</summary>
    public void Save(CommandContext context)
    {
        // Written aside and moved, so a crash never leaves half a file for the next merge to read.
        var path = PathFor(context, Module);
        var temporary = path + ".tmp";
        try
        {
            OwnerOnly.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"crm: warning: the groups were not saved for 'crm dedupe merge --group' ({e.Message})");
        }
    }

    public static SavedFind Load(CommandContext context, string module)
    {
        var path = PathFor(context, module);
        if (!File.Exists(path))
        {
            throw new CliException(ExitCode.NotFound, $"no {module} find was saved for this database: run 'crm dedupe find {module}' first, then merge a group it lists");
        }

        try
        {
            return JsonSerializer.Deserialize<SavedFind>(File.ReadAllText(path), Json)
                ?? throw new JsonException("empty");
        }
        catch (JsonException)
        {
            throw new CliException(ExitCode.InvalidData, $"the saved find {path} is unreadable: run 'crm dedupe find {module}' again");
        }
    }

    /// <summary>The group, or exit code NotFound naming the numbers there are.</summary>
    public Group Require(int number) =>
        Groups.FirstOrDefault(g => g.Number == number)
        ?? throw new CliException(ExitCode.NotFound, Groups.Count == 0
            ? $"the {Module} find of {FoundUtc} UTC found no groups"
            : $"the {Module} find of {FoundUtc} UTC has groups 1 to {Groups.Count}, not {number}");
}
