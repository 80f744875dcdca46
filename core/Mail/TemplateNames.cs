namespace CrmIntegration.Core.Mail;

/// <summary>
/// <c>Mail:Templates</c>: the EmailTemplates record (by its <c>name</c>) used for each notification,
/// one per module that notifies (<see cref="AssignmentNotifier.Modules"/>). When no record has the
/// module's name, a record named <see cref="RecordAssigned"/> is used (an installation's own generic
/// text), else the built-in Vietnamese + English text of the module (<see cref="DefaultTemplates"/>).
/// </summary>
public sealed class TemplateNames
{
    public string LeadAssigned { get; set; } = "lead_assigned";

    public string OpportunityAssigned { get; set; } = "opportunity_assigned";

    public string CaseAssigned { get; set; } = "case_assigned";

    public string ContactAssigned { get; set; } = "contact_assigned";

    public string AccountAssigned { get; set; } = "account_assigned";

    public string TaskAssigned { get; set; } = "task_assigned";

    public string CallAssigned { get; set; } = "call_assigned";

    public string MeetingAssigned { get; set; } = "meeting_assigned";

    /// <summary>Any other module's assignment, and the fallback record for every module.</summary>
    public string RecordAssigned { get; set; } = "record_assigned";

    public string ForAssignment(string module) => module switch
    {
        "Leads" => LeadAssigned,
        "Opportunities" => OpportunityAssigned,
        "Cases" => CaseAssigned,
        "Contacts" => ContactAssigned,
        "Accounts" => AccountAssigned,
        "Tasks" => TaskAssigned,
        "Calls" => CallAssigned,
        "Meetings" => MeetingAssigned,
        _ => RecordAssigned,
    };
}
