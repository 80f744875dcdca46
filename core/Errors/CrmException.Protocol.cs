namespace CrmIntegration.Core.Errors;

/// <summary>
/// Messages for requests refused before any operation runs: XML the server will not parse, and
/// addresses where no SOAP service answers. The server's HTTP layer raises them; core keeps the wording.
/// </summary>
public sealed partial class CrmException
{
    /// <summary>The request is not XML the server can read (malformed, truncated, an unknown encoding).</summary>
    public static CrmException UnreadableXml(string reason) =>
        InvalidData($"the request is not well-formed XML: {reason}");

    /// <summary>The body is declared as something other than XML (JSON, a form).</summary>
    public static CrmException NotXmlContent(string contentType) =>
        InvalidData($"the Content-Type is '{contentType}'; SOAP requests are text/xml");

    /// <summary>The Content-Type names a charset that is no known encoding.</summary>
    public static CrmException UnknownCharset(string charset) =>
        InvalidData($"the Content-Type names charset '{charset}', which is not a known encoding (send UTF-8)");

    /// <summary>Well-formed XML, but not a SOAP 1.1 envelope (SOAP 1.2, or no envelope at all).</summary>
    public static CrmException NotASoapEnvelope(string ns, string name) =>
        InvalidData($"the request is not a SOAP 1.1 envelope: its root element is {(ns.Length == 0 ? name : $"{{{ns}}}{name}")}, " +
            "expected {http://schemas.xmlsoap.org/soap/envelope/}Envelope");

    /// <summary>A DTD could declare external entities (XXE) or expanding ones (billion laughs).</summary>
    public static CrmException XmlDtd() =>
        InvalidData("the request contains a DTD (<!DOCTYPE>); DTDs and entities are not allowed");

    /// <summary>
    /// A request over one of the XML limits, refused while it is read and before any of it is parsed
    /// into objects. <paramref name="what"/> is counted: "levels of nested elements", "elements", ….
    /// </summary>
    public static CrmException XmlLimitExceeded(string what, int limit) =>
        InvalidData($"the request has more {what} than the {limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} allowed");

    /// <summary>A request below a SOAP endpoint's address, where SOAP is not served.</summary>
    public static CrmException NotASoapAddress(string path, string endpoint) =>
        new(CrmErrorCode.InvalidCall,
            $"No SOAP operation is served at '{path}'; post SOAP 1.1 envelopes to {endpoint} (its WSDL is {endpoint}?wsdl)");
}
