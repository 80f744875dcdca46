namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// One group of a <see cref="DuplicateSearchResult"/>: records of the searched module judged to be
/// one person or company, then the existing records of other modules they duplicate. Only members
/// of the searched module can be merged together.
/// </summary>
public sealed record DuplicateSearchGroup(int Number, string Module, IReadOnlyList<DuplicateSearchMember> Members)
{
    /// <summary>The members of the searched module, which a merge of this group joins.</summary>
    public IEnumerable<DuplicateSearchMember> Mergeable =>
        Members.Where(m => string.Equals(m.Module, Module, StringComparison.OrdinalIgnoreCase));

    /// <summary>Members of other modules: the existing contacts or accounts the records duplicate.</summary>
    public IEnumerable<DuplicateSearchMember> Existing =>
        Members.Where(m => !string.Equals(m.Module, Module, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A record in a duplicate group: its module, its best score in the group and the rule behind it.</summary>
public sealed record DuplicateSearchMember(string Module, string Id, double Score, string Rule);
