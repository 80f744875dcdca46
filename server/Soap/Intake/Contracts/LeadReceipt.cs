using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>The answer to one submission.</summary>
[XmlType("LeadReceipt", Namespace = IntakeNamespace.Value)]
public sealed class LeadReceipt
{
    [XmlElement("outcome", Order = 1)]
    public LeadOutcome Outcome { get; set; }

    /// <summary>The lead (Created, Existing); absent otherwise.</summary>
    [XmlElement("id", Order = 2)]
    public string? Id { get; set; }

    [XmlElement("partner_ref", Order = 3)]
    public string? PartnerRef { get; set; }

    /// <summary>The best match, when there is one (the first of <see cref="Duplicates"/>).</summary>
    [XmlElement("duplicate_of", Order = 4)]
    public DuplicateOf? DuplicateOf { get; set; }

    /// <summary>Every existing record matched, best first.</summary>
    [XmlArray("duplicates", Order = 5)]
    [XmlArrayItem("duplicate")]
    public DuplicateOf[] Duplicates { get; set; } = [];

    [XmlArray("warnings", Order = 6)]
    [XmlArrayItem("warning")]
    public string[] Warnings { get; set; } = [];

    [XmlElement("assigned_user_id", Order = 7)]
    public string? AssignedUserId { get; set; }

    /// <summary>The rep's user name.</summary>
    [XmlElement("assigned_user_name", Order = 8)]
    public string? AssignedUserName { get; set; }

    /// <summary>Duplicate and Rejected only.</summary>
    [XmlElement("error", Order = 9)]
    public ReceiptError? Error { get; set; }
}
