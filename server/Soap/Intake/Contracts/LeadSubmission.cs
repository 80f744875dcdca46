using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>
/// One lead as a partner sends it. Every element is optional on the wire; the CRM requires
/// <c>last_name</c>. Elements carry the Leads field names, except <c>email</c> (Leads <c>email1</c>).
/// </summary>
[XmlType("LeadSubmission", Namespace = IntakeNamespace.Value)]
public sealed class LeadSubmission
{
    /// <summary>The partner's own reference: resubmitting it returns the first lead (outcome Existing).</summary>
    [XmlElement("partner_ref", Order = 1)]
    public string? PartnerRef { get; set; }

    [XmlElement("first_name", Order = 2)]
    public string? FirstName { get; set; }

    [XmlElement("last_name", Order = 3)]
    public string? LastName { get; set; }

    [XmlElement("email", Order = 4)]
    public string? Email { get; set; }

    [XmlElement("phone_mobile", Order = 5)]
    public string? PhoneMobile { get; set; }

    [XmlElement("phone_work", Order = 6)]
    public string? PhoneWork { get; set; }

    [XmlElement("account_name", Order = 7)]
    public string? AccountName { get; set; }

    [XmlElement("title", Order = 8)]
    public string? Title { get; set; }

    /// <summary>A Leads <c>lead_source</c> option key or its English or Vietnamese label.</summary>
    [XmlElement("lead_source", Order = 9)]
    public string? LeadSource { get; set; }

    [XmlElement("description", Order = 10)]
    public string? Description { get; set; }

    [XmlElement("primary_address_street", Order = 11)]
    public string? PrimaryAddressStreet { get; set; }

    [XmlElement("primary_address_city", Order = 12)]
    public string? PrimaryAddressCity { get; set; }

    [XmlElement("primary_address_state", Order = 13)]
    public string? PrimaryAddressState { get; set; }

    [XmlElement("primary_address_postalcode", Order = 14)]
    public string? PrimaryAddressPostalcode { get; set; }

    [XmlElement("primary_address_country", Order = 15)]
    public string? PrimaryAddressCountry { get; set; }

    /// <summary>Other Leads fields by name; a name that is not a Leads field, or is one of the elements above, rejects the lead.</summary>
    [XmlArray("extra_fields", Order = 16)]
    [XmlArrayItem("field")]
    public ExtraField[]? ExtraFields { get; set; }
}
