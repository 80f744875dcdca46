using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.V41.Contracts;

/// <summary>SugarCRM <c>user_auth</c>: user name and the MD5 hex of the password (or plain text with <c>encryption=PLAIN</c>).</summary>
[XmlType("user_auth", Namespace = SugarNamespace.Value)]
public sealed class UserAuth
{
    [XmlElement("user_name", Order = 1)]
    public string? UserName { get; set; }

    [XmlElement("password", Order = 2)]
    public string? Password { get; set; }

    /// <summary>Not in SugarCRM's WSDL but honoured by its server: <c>PLAIN</c> means the password is not hashed yet.</summary>
    [XmlElement("encryption", Order = 3)]
    public string? Encryption { get; set; }
}
