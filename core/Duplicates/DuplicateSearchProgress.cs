namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// How far a <see cref="DuplicateSearch"/> got: the phase in words ("Loading Leads"), and records
/// done out of <paramref name="Total"/>; a null total means the phase cannot say how far it is.
/// </summary>
public sealed record DuplicateSearchProgress(string Phase, long Done, long? Total);
