using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Intake;

/// <summary>
/// Told about every lead intake assigned, inside the intake transaction, so that whatever it
/// queues (the rep's notification mail) commits with the lead or not at all.
/// </summary>
public interface ILeadAssignmentNotifier
{
    /// <summary>Null when the rep will be told; otherwise why not (for the receipt's warnings).</summary>
    string? LeadAssigned(CrmRecord lead, AssignmentDecision decision);
}
