using System.ServiceModel.Channels;
using System.Xml.Linq;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>
/// The credentials of a WS-Security 1.0 UsernameToken header. Read by hand rather than with
/// SoapCore's WsMessageFilter, which checks one fixed credential and broke on a wsu:Timestamp
/// beside the token (SoapCore #1081): here every other child of wsse:Security is ignored.
/// </summary>
public sealed record UsernameToken(string? UserName, string? Password, bool IsDigest)
{
    public const string SecurityNamespace = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private const string DigestType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";

    private static readonly XNamespace Wsse = SecurityNamespace;

    /// <summary>The token of the message's wsse:Security header; null when there is no such header or token.</summary>
    public static UsernameToken? From(Message message)
    {
        var index = FindSecurityHeader(message);
        if (index < 0)
        {
            return null;
        }

        using var reader = message.Headers.GetReaderAtHeader(index);
        var security = XElement.Load(reader);
        if (security.Descendants(Wsse + "UsernameToken").FirstOrDefault() is not { } token)
        {
            return null;
        }

        var password = token.Element(Wsse + "Password");
        // Type is optional; without it the password is PasswordText (Username Token Profile 1.0, §4.1).
        var isDigest = string.Equals((string?)password?.Attribute("Type"), DigestType, StringComparison.Ordinal);
        return new UsernameToken(token.Element(Wsse + "Username")?.Value.Trim(), password?.Value, isDigest);
    }

    private static int FindSecurityHeader(Message message)
    {
        for (var i = 0; i < message.Headers.Count; i++)
        {
            var header = message.Headers[i];
            if (header.Name == "Security" && header.Namespace == SecurityNamespace)
            {
                return i;
            }
        }

        return -1;
    }

    // Keeps the password out of logs and exception messages that print the record.
    public override string ToString() => $"UsernameToken {{ UserName = {UserName}, IsDigest = {IsDigest} }}";
}
