using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>Where a submitted lead stands now.</summary>
[XmlType("LeadStatus", Namespace = IntakeNamespace.Value)]
public sealed class LeadStatus
{
    [XmlElement("id", Order = 1)]
    public string? Id { get; set; }

    [XmlElement("partner_ref", Order = 2)]
    public string? PartnerRef { get; set; }

    /// <summary>Leads <c>status</c> key: New, Assigned, In Process, Converted, Recycled, Dead.</summary>
    [XmlElement("status", Order = 3)]
    public string? Status { get; set; }

    [XmlElement("assigned_user_id", Order = 4)]
    public string? AssignedUserId { get; set; }

    [XmlElement("assigned_user_name", Order = 5)]
    public string? AssignedUserName { get; set; }

    [XmlElement("converted", Order = 6)]
    public bool Converted { get; set; }

    /// <summary>Set once the lead is converted, as are <see cref="AccountId"/> and (when one was made) <see cref="OpportunityId"/>.</summary>
    [XmlElement("contact_id", Order = 7)]
    public string? ContactId { get; set; }

    [XmlElement("account_id", Order = 8)]
    public string? AccountId { get; set; }

    [XmlElement("opportunity_id", Order = 9)]
    public string? OpportunityId { get; set; }

    [XmlElement("first_name", Order = 10)]
    public string? FirstName { get; set; }

    [XmlElement("last_name", Order = 11)]
    public string? LastName { get; set; }

    [XmlElement("account_name", Order = 12)]
    public string? AccountName { get; set; }

    /// <summary>UTC.</summary>
    [XmlElement("date_entered", Order = 13)]
    public DateTime DateEntered { get; set; }

    /// <summary>UTC; changes whenever the CRM works on the lead.</summary>
    [XmlElement("date_modified", Order = 14)]
    public DateTime DateModified { get; set; }
}
