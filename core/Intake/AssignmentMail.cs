using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Intake;

/// <summary>Tells the rep a lead was assigned to them by queuing the notification mail (core/Mail).</summary>
public sealed class AssignmentMail(NotificationService notifications, MailOptions options, UserDirectory users) : ILeadAssignmentNotifier
{
    public string? LeadAssigned(CrmRecord lead, AssignmentDecision decision)
    {
        if (!options.Notifications.Enabled)
        {
            return null; // switched off on purpose: not worth a warning on every receipt
        }

        if (users.Find(decision.UserId) is not { } rep)
        {
            return $"user {decision.UserId} no longer exists";
        }

        var outcome = notifications.QueueAssignmentMail(rep, lead.Module, lead);
        return outcome.Queued ? null : outcome.SkipReason;
    }
}
