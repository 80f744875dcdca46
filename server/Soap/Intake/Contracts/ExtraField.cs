using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>Any other Leads field by its registry name (e.g. <c>department</c>, <c>website</c>, <c>birthdate</c>).</summary>
[XmlType("field", Namespace = IntakeNamespace.Value)]
public sealed class ExtraField
{
    public ExtraField()
    {
    }

    public ExtraField(string name, string? value)
    {
        Name = name;
        Value = value;
    }

    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlElement("value", Order = 2)]
    public string? Value { get; set; }
}
