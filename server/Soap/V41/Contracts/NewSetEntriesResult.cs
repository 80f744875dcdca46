using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>
/// SugarCRM <c>new_set_entries_result</c>. <c>ids</c> is parallel to the input: a failed item has an
/// empty id and an entry in <c>errors</c> (SugarCRM instead returns a shorter list); a written item
/// with something to say has entries in <c>warnings</c>.
/// </summary>
[XmlType("new_set_entries_result", Namespace = SugarNamespace.Value)]
public sealed class NewSetEntriesResult
{
    [XmlArray("ids", Order = 1)]
    [XmlArrayItem("string")]
    public string[] Ids { get; set; } = [];

    [XmlArray("errors", Order = 2)]
    [XmlArrayItem("set_entries_error")]
    public SetEntriesError[] Errors { get; set; } = [];

    /// <summary>
    /// Addition: what <c>set_entry</c> reports in <c>warnings</c>, per item. Last in the sequence and
    /// absent when empty, so clients of SugarCRM's shape (and of this WSDL before it) never see it.
    /// </summary>
    [XmlArray("warnings", Order = 3)]
    [XmlArrayItem("set_entries_warning")]
    public SetEntriesWarning[]? Warnings { get; set; }
}
