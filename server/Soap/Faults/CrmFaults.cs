using System.Globalization;
using System.Text;
using System.Xml;
using CrmIntegration.Core.Errors;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.Faults;

/// <summary>
/// The one place a fault is written. faultstring is SugarCRM's name for the number (clients compare
/// it, e.g. "Invalid Session ID" to log in again); the detail is an <c>error_value</c> in SugarCRM's
/// namespace carrying the number, the name and a description of exactly what was wrong.
/// </summary>
public static class CrmFaults
{
    public const string Soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>The parts of a fault: who is to blame (client or server) and the detail.</summary>
    public sealed record Fault(bool Sender, CrmErrorCode Code, string Name, string Description);

    public static Fault From(CrmException error) => new(true, error.Code, error.Name, error.Message);

    /// <summary>For failures that are not the caller's: no internals leak; the log has the rest under the trace id.</summary>
    public static Fault Unexpected(string traceId) => new(
        false, CrmErrorCode.Unknown, CrmException.NameOf(CrmErrorCode.Unknown),
        $"The server could not complete the call; quote trace id {traceId} to the administrator");

    /// <summary>
    /// The database is out of reach (PostgreSQL stopped or cut off): not the caller's fault, and worth
    /// sending again later. The host and the reason stay in the server's log.
    /// </summary>
    public static readonly Fault DatabaseUnreachable = new(
        false, CrmErrorCode.DatabaseUnreachable, CrmException.NameOf(CrmErrorCode.DatabaseUnreachable),
        "The CRM database cannot be reached at the moment, so the call was not completed; send it again later (a lead sent again with its partner_ref is stored once)");

    /// <summary>Logs a fault that is the caller's doing: one line at Information, never a stack trace.</summary>
    public static void LogRoutine(ILogger logger, Fault fault) =>
        logger.LogInformation("SOAP fault {Number} {Name}: {Description}", (int)fault.Code, fault.Name, fault.Description);

    /// <summary>Writes <c>&lt;s:Fault&gt;</c> (SOAP 1.1) with the SugarCRM detail.</summary>
    public static void WriteFault(XmlWriter writer, Fault fault)
    {
        writer.WriteStartElement("s", "Fault", Soap11Namespace);
        writer.WriteStartElement("faultcode");
        writer.WriteQualifiedName(fault.Sender ? "Client" : "Server", Soap11Namespace);
        writer.WriteEndElement();
        writer.WriteElementString("faultstring", XmlText(fault.Name));
        writer.WriteStartElement("detail");
        writer.WriteStartElement("error_value", SugarNamespace.Value);
        writer.WriteElementString("number", SugarNamespace.Value, ((int)fault.Code).ToString(CultureInfo.InvariantCulture));
        writer.WriteElementString("name", SugarNamespace.Value, XmlText(fault.Name));
        writer.WriteElementString("description", SugarNamespace.Value, XmlText(fault.Description));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// The text with every character XML cannot carry (a control character, a lone surrogate) shown as
    /// <c>\uXXXX</c>: descriptions quote what the caller sent, and an XmlException quotes the bad character.
    /// </summary>
    private static string XmlText(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            }
        }

        return safe.ToString();
    }

    /// <summary>A whole envelope, for refusals made before the SOAP layer runs (unsafe XML).</summary>
    public static string Envelope(Fault fault)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("s", "Envelope", Soap11Namespace);
            writer.WriteStartElement("s", "Body", Soap11Namespace);
            WriteFault(writer, fault);
            writer.WriteEndDocument();
        }

        return text.ToString();
    }
}
