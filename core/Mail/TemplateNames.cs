namespace CrmIntegration.Core.Mail;

/// <summary>
/// <c>Mail:Templates</c>: the EmailTemplates record (by its <c>name</c>) used for each notification.
/// When no such record exists the built-in Vietnamese + English text is used (<see cref="DefaultTemplates"/>).
/// </summary>
public sealed class TemplateNames
{
    public string LeadAssigned { get; set; } = "lead_assigned";

    public string OpportunityAssigned { get; set; } = "opportunity_assigned";

    /// <summary>Any other module's assignment (Cases, Accounts, …).</summary>
    public string RecordAssigned { get; set; } = "record_assigned";

    public string ForAssignment(string module) => module switch
    {
        "Leads" => LeadAssigned,
        "Opportunities" => OpportunityAssigned,
        _ => RecordAssigned,
    };
}
