using CrmIntegration.Core.Mail;

namespace CrmIntegration.Core.Jobs.Catalog;

/// <summary>A mail delivery run's own result (<see cref="JobOutcome.Details"/>): its report and the transport it used.</summary>
public sealed record MailDeliveryDetails(DeliveryReport Report, string Transport);
