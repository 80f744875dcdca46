using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>A list of ids: one element of <c>set_relationships</c>' <c>related_ids</c> (SugarCRM <c>new_set_relationhip_ids</c>).</summary>
[XmlType("select_fields", Namespace = SugarNamespace.Value)]
public sealed class SelectFieldsList
{
    [XmlElement("string", Order = 1)]
    public string[] Ids { get; set; } = [];
}
