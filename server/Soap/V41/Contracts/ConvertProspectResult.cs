using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary><c>convert_prospect_result</c>: the target, the lead made from it, and how many activities moved to the lead.</summary>
[XmlType("convert_prospect_result", Namespace = SugarNamespace.Value)]
public sealed class ConvertProspectResult
{
    [XmlElement("prospect_id", Order = 1)]
    public string? ProspectId { get; set; }

    [XmlElement("lead_id", Order = 2)]
    public string? LeadId { get; set; }

    [XmlElement("activities_moved", Order = 3)]
    public int ActivitiesMoved { get; set; }
}
