using System.Globalization;
using CrmIntegration.Core;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// A search as <c>crm dedupe find</c> and <c>crm dedupe merge --auto</c> run it: settings resolved,
/// progress on a terminal, and the result saved as the module's latest find (<see cref="SavedFind"/>).
/// </summary>
internal static class DuplicateSearching
{
    public static DuplicateSearchResult Run(CrmCore core, CommandContext context, string module, MatchingChoice matching)
    {
        var name = core.DuplicateSearch.RequireSearchable(module);
        var (options, request) = matching.Resolve(context, name);
        var result = SearchProgress.Run(context, progress => core.DuplicateSearch.Run(request, options, progress, context.Cancellation));
        SavedFind.From(core.Store, result, context.Clock.GetUtcNow()).Save(context);
        return result;
    }

    /// <summary>The closing stderr line: records scanned, groups, records in groups, seconds.</summary>
    public static string Summary(DuplicateSearchResult result)
    {
        var existing = result.Groups.Count(g => g.Existing.Any());
        var against = result.Against.Count == 0 || existing == 0
            ? ""
            : $", {existing} of them with existing {string.Join("/", result.Against)} records";
        return string.Create(CultureInfo.InvariantCulture,
            $"Scanned {result.RecordsScanned} {result.Module} in {result.Elapsed.TotalSeconds:0.0} s: {Count(result.Groups.Count, "group")}{against}, "
            + $"{result.RecordsInGroups} {result.Module} records in groups.");
    }

    /// <summary>"1 group", "2 groups": summaries are read by people.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
