using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>name_value</c>: one field of a record.</summary>
[XmlType("name_value", Namespace = SugarNamespace.Value)]
public sealed class NameValue
{
    public NameValue()
    {
    }

    public NameValue(string name, string? value)
    {
        Name = name;
        Value = value;
    }

    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlElement("value", Order = 2)]
    public string? Value { get; set; }
}
