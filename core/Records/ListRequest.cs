namespace CrmIntegration.Core.Records;

/// <summary>A page of a module's records, SugarCRM <c>get_entry_list</c> style.</summary>
/// <param name="Query">SugarCRM's WHERE fragment, parsed safely; empty for all.</param>
/// <param name="OrderBy">SugarCRM's ORDER BY fragment; empty for oldest first.</param>
/// <param name="Offset">Records to skip; negative counts as 0.</param>
/// <param name="MaxResults">Page size; 0 or less means <see cref="DefaultPageSize"/>.</param>
/// <param name="IncludeDeleted">Deleted records too (SugarCRM v4's <c>deleted=1</c>: live and deleted).</param>
public sealed record ListRequest(string? Query = null, string? OrderBy = null, int Offset = 0, int MaxResults = 0, bool IncludeDeleted = false)
{
    public const int DefaultPageSize = 20;

    public int PageSize => MaxResults > 0 ? MaxResults : DefaultPageSize;

    public int Skip => Math.Max(Offset, 0);
}
