using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>Why one item of <c>set_entries</c> was not written (an addition to SugarCRM, which silently drops it).</summary>
[XmlType("set_entries_error", Namespace = SugarNamespace.Value)]
public sealed class SetEntriesError
{
    /// <summary>Zero-based position of the item in <c>name_value_lists</c>.</summary>
    [XmlElement("index", Order = 1)]
    public int Index { get; set; }

    [XmlElement("number", Order = 2)]
    public int Number { get; set; }

    [XmlElement("name", Order = 3)]
    public string? Name { get; set; }

    [XmlElement("description", Order = 4)]
    public string? Description { get; set; }
}
