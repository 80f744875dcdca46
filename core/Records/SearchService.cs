using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Text;

namespace CrmIntegration.Core.Records;

/// <summary>
/// SugarCRM's <c>search_by_module</c>: records whose search fields (names, emails, phones) start
/// with the search string, ignoring case, in each module the user may use. A word-by-word match is
/// also accepted so "Nhung Nguyễn" finds "Nguyễn Thị Hồng Nhung".
/// </summary>
public sealed class SearchService(RecordService records)
{
    public IReadOnlyList<(string Module, IReadOnlyList<CrmRecord> Records)> Search(
        CrmUser user, string? searchString, IEnumerable<string> modules, int offset, int maxResults, string? assignedUserId = null)
    {
        var words = KeyFold.Fold(searchString ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            throw CrmException.InvalidData("search_string is empty");
        }

        var results = new List<(string, IReadOnlyList<CrmRecord>)>();
        foreach (var name in modules.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var module = records.Module(user, name);
            var found = records.Matching(user, module, AssignedTo(module, assignedUserId), includeDeleted: false)
                .Where(r => string.IsNullOrEmpty(assignedUserId) || r[Modules.CommonFields.AssignedUserId] == assignedUserId)
                .Where(r => Matches(words, module.SearchFields.Select(f => r[f])))
                .OrderBy(r => r[module.DisplayField], StringComparer.OrdinalIgnoreCase)
                .Skip(Math.Max(offset, 0))
                .Take(maxResults > 0 ? maxResults : ListRequest.DefaultPageSize)
                .ToList();
            results.Add((module.Name, found));
        }

        return results;
    }

    /// <summary>The assigned-user restriction as a condition the store can serve from its index (ids compare exactly).</summary>
    private static QueryExpression? AssignedTo(ModuleDefinition module, string? assignedUserId) =>
        !string.IsNullOrEmpty(assignedUserId) && module.FindField(Modules.CommonFields.AssignedUserId) is { } field
            ? new ComparisonExpression(field, ComparisonOperator.Equal, QueryConstant.For(field, assignedUserId)!)
            : null;

    private static bool Matches(string[] words, IEnumerable<string?> values)
    {
        var tokens = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => KeyFold.Fold(v!)).ToList();
        if (tokens.Any(t => t.StartsWith(string.Join(' ', words), StringComparison.Ordinal)))
        {
            return true;
        }

        var valueWords = tokens.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return words.All(w => valueWords.Any(v => v.StartsWith(w, StringComparison.Ordinal)));
    }
}
