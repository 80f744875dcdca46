using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// What <see cref="DuplicateSearch.Run"/> looks for: duplicates among the live records of
/// <paramref name="Module"/> under <paramref name="Rules"/>, and records of the module that
/// duplicate an existing record of one of the <paramref name="Against"/> modules (a lead that is
/// already a contact or an account).
/// </summary>
public sealed record DuplicateSearchRequest(string Module, RuleSet Rules, IReadOnlyList<string> Against);
