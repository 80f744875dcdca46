namespace CrmIntegration.Core.Conversion;

/// <summary>
/// What a lead conversion did: the ids of the contact, account and (optional) opportunity, and
/// whether each of the first two was created or an existing record was linked.
/// </summary>
public sealed record LeadConversionResult(
    string LeadId,
    string ContactId,
    bool ContactCreated,
    string AccountId,
    bool AccountCreated,
    string? OpportunityId,
    int ActivitiesMoved);
