namespace CrmIntegration.Core.Matching;

public sealed record DuplicateFindResult(IReadOnlyList<DuplicateGroup> Groups, DuplicateFindStats Stats);
