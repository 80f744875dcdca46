using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>
/// Something to look at in one item of <c>set_entries</c> that was written anyway (an ignored field
/// name, a possible duplicate, a resubmitted <c>partner_ref</c>): an addition to SugarCRM.
/// </summary>
[XmlType("set_entries_warning", Namespace = SugarNamespace.Value)]
public sealed class SetEntriesWarning
{
    /// <summary>Zero-based position of the item in <c>name_value_lists</c>.</summary>
    [XmlElement("index", Order = 1)]
    public int Index { get; set; }

    [XmlElement("description", Order = 2)]
    public string? Description { get; set; }
}
