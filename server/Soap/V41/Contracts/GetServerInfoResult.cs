using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>get_server_info</c> result.</summary>
[XmlType("get_server_info_result", Namespace = SugarNamespace.Value)]
public sealed class GetServerInfoResult
{
    [XmlElement("flavor", Order = 1)]
    public string? Flavor { get; set; }

    [XmlElement("version", Order = 2)]
    public string? Version { get; set; }

    /// <summary>Server time, <c>yyyy-MM-dd HH:mm:ss</c> UTC.</summary>
    [XmlElement("gmt_time", Order = 3)]
    public string? GmtTime { get; set; }
}
