using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>
/// <c>convert_lead_result</c>: the ids conversion produced or linked; <c>*_created</c> is 1 for a
/// new record, 0 for an existing one linked; <c>opportunity_id</c> is empty when none was asked for.
/// </summary>
[XmlType("convert_lead_result", Namespace = SugarNamespace.Value)]
public sealed class ConvertLeadResult
{
    [XmlElement("lead_id", Order = 1)]
    public string? LeadId { get; set; }

    [XmlElement("contact_id", Order = 2)]
    public string? ContactId { get; set; }

    [XmlElement("contact_created", Order = 3)]
    public int ContactCreated { get; set; }

    [XmlElement("account_id", Order = 4)]
    public string? AccountId { get; set; }

    [XmlElement("account_created", Order = 5)]
    public int AccountCreated { get; set; }

    [XmlElement("opportunity_id", Order = 6)]
    public string? OpportunityId { get; set; }

    [XmlElement("activities_moved", Order = 7)]
    public int ActivitiesMoved { get; set; }
}
