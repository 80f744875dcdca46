using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// An existing record that a candidate would duplicate: the record as stored now, the match score
/// (exact rules score <see cref="Matching.ExactKeyRule.MatchScore"/>) and the rule that matched
/// (<c>email</c>, <c>name+phone</c>, <c>company</c>, <c>fuzzy</c>, …).
/// </summary>
public sealed record DuplicateCheckHit(CrmRecord Record, double Score, string Rule)
{
    public string Module => Record.Module;

    public string Id => Record.Id;
}
