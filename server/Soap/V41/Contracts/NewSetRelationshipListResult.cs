using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>new_set_relationship_list_result</c>, counted per related id (SugarCRM counts per call).</summary>
[XmlType("new_set_relationship_list_result", Namespace = SugarNamespace.Value)]
public sealed class NewSetRelationshipListResult
{
    [XmlElement("created", Order = 1)]
    public int Created { get; set; }

    [XmlElement("failed", Order = 2)]
    public int Failed { get; set; }

    [XmlElement("deleted", Order = 3)]
    public int Deleted { get; set; }
}
