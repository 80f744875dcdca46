using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>Why a lead was not stored: the SugarCRM error number and name, and what exactly was wrong.</summary>
[XmlType("ReceiptError", Namespace = IntakeNamespace.Value)]
public sealed class ReceiptError
{
    /// <summary>50 Duplicate Records, 1001 Invalid data (naming the field), 40 Access Denied, …</summary>
    [XmlElement("number", Order = 1)]
    public int Number { get; set; }

    [XmlElement("name", Order = 2)]
    public string? Name { get; set; }

    [XmlElement("description", Order = 3)]
    public string? Description { get; set; }
}
