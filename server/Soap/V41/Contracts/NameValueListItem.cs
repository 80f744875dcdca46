using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>One record's fields: an element of <c>set_entries</c>/<c>set_relationships</c> <c>name_value_lists</c>.</summary>
[XmlType("name_value_list", Namespace = SugarNamespace.Value)]
public sealed class NameValueListItem
{
    [XmlElement("name_value", Order = 1)]
    public NameValue[] Items { get; set; } = [];
}
