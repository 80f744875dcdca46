namespace CrmIntegration.Core.Conversion;

/// <summary>What a target (prospect) conversion did: the new lead and how many activities moved to it.</summary>
public sealed record ProspectConversionResult(string ProspectId, string LeadId, int ActivitiesMoved);
