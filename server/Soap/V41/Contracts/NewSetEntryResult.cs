using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>new_set_entry_result</c>: the id of the record written.</summary>
[XmlType("new_set_entry_result", Namespace = SugarNamespace.Value)]
public sealed class NewSetEntryResult
{
    [XmlElement("id", Order = 1)]
    public string? Id { get; set; }
}
