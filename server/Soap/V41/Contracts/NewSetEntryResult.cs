using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>new_set_entry_result</c>: the id of the record written.</summary>
[XmlType("new_set_entry_result", Namespace = SugarNamespace.Value)]
public sealed class NewSetEntryResult
{
    [XmlElement("id", Order = 1)]
    public string? Id { get; set; }

    /// <summary>
    /// Addition: why the caller should look again (a field name that is no field of the module and was
    /// ignored, a possible duplicate under a <c>warn</c> rule, a resubmitted <c>partner_ref</c>, a rep
    /// who is not notified). Absent when there is nothing to say,
    /// so SugarCRM clients see SugarCRM's result. Items are <c>string</c> elements: SoapCore's WSDL
    /// declares every string array as one <c>ArrayOfString</c> of <c>string</c> items, whatever the
    /// item name, and zeep refuses any other element there.
    /// </summary>
    [XmlArray("warnings", Order = 2)]
    [XmlArrayItem("string")]
    public string[]? Warnings { get; set; }
}
