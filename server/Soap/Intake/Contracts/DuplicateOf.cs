using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>An existing record a submission matched: which, and by which rule (ids only, never its data).</summary>
[XmlType("DuplicateOf", Namespace = IntakeNamespace.Value)]
public sealed class DuplicateOf
{
    /// <summary>Leads, Contacts or Accounts.</summary>
    [XmlElement("module", Order = 1)]
    public string? Module { get; set; }

    [XmlElement("id", Order = 2)]
    public string? Id { get; set; }

    /// <summary>The matching rule: <c>email</c>, <c>name+phone</c>, <c>fuzzy</c>, <c>company</c>, <c>phone</c>, …</summary>
    [XmlElement("rule", Order = 3)]
    public string? Rule { get; set; }

    /// <summary>Exact rules score 30; the fuzzy rule its evidence in bits.</summary>
    [XmlElement("score", Order = 4)]
    public double Score { get; set; }
}
