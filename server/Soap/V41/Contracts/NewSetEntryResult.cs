using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>new_set_entry_result</c>: the id of the record written.</summary>
[XmlType("new_set_entry_result", Namespace = SugarNamespace.Value)]
public sealed class NewSetEntryResult
{
    [XmlElement("id", Order = 1)]
    public string? Id { get; set; }

    /// <summary>
    /// Addition: why the caller should look again (a possible duplicate under a <c>warn</c> rule, a
    /// resubmitted <c>partner_ref</c>, a rep who is not notified). Absent when there is nothing to say,
    /// so SugarCRM clients see SugarCRM's result.
    /// </summary>
    [XmlArray("warnings", Order = 2)]
    [XmlArrayItem("warning")]
    public string[]? Warnings { get; set; }
}
