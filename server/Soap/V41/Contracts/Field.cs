using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>field</c>: one field of <c>get_module_fields</c>.</summary>
[XmlType("field", Namespace = SugarNamespace.Value)]
public sealed class Field
{
    [XmlElement("name", Order = 1)]
    public string? Name { get; set; }

    [XmlElement("type", Order = 2)]
    public string? Type { get; set; }

    [XmlElement("group", Order = 3)]
    public string? Group { get; set; }

    [XmlElement("label", Order = 4)]
    public string? Label { get; set; }

    /// <summary>1 when required, as SugarCRM sends it.</summary>
    [XmlElement("required", Order = 5)]
    public int Required { get; set; }

    /// <summary>Dropdown keys (name) and labels (value).</summary>
    [XmlArray("options", Order = 6)]
    [XmlArrayItem("name_value")]
    public NameValue[] Options { get; set; } = [];

    [XmlElement("default_value", Order = 7)]
    public string? DefaultValue { get; set; }

    /// <summary>Addition: maximum length in characters, 0 when unlimited.</summary>
    [XmlElement("len", Order = 8)]
    public int Len { get; set; }

    /// <summary>Addition: the Vietnamese label.</summary>
    [XmlElement("label_vi", Order = 9)]
    public string? LabelVi { get; set; }
}
