using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>A page of the caller's submissions, oldest first.</summary>
[XmlType("SubmissionPage", Namespace = IntakeNamespace.Value)]
public sealed class SubmissionPage
{
    [XmlElement("page", Order = 1)]
    public int Page { get; set; }

    [XmlElement("page_size", Order = 2)]
    public int PageSize { get; set; }

    /// <summary>All the caller's leads since the time asked, over every page.</summary>
    [XmlElement("total_count", Order = 3)]
    public int TotalCount { get; set; }

    /// <summary>The page to ask for next; 0 when this is the last.</summary>
    [XmlElement("next_page", Order = 4)]
    public int NextPage { get; set; }

    [XmlArray("leads", Order = 5)]
    [XmlArrayItem("lead")]
    public LeadStatus[] Leads { get; set; } = [];
}
