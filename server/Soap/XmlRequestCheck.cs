using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Server.Soap;

/// <summary>
/// Reads a request body once with a forward-only <see cref="XmlReader"/> (no DTD, no resolver, no
/// DOM) and reports the first reason to refuse it: not declared as XML, a charset nobody knows, not
/// well-formed, not a SOAP 1.1 envelope, a DTD, or over an <see cref="XmlLimits"/> limit. Memory stays
/// constant whatever the body holds; the cost is one pass over it, stopped at the first excess.
/// </summary>
public static class XmlRequestCheck
{
    private const string Soap11Envelope = "http://schemas.xmlsoap.org/soap/envelope/";

    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>
    /// Null when the body may go on to the SOAP layer; otherwise the refusal. Exceptions of the
    /// transport (a body over Kestrel's size limit, a client that went away) are not the XML's and
    /// pass through.
    /// </summary>
    public static async Task<CrmException?> FindProblemAsync(Stream body, string? contentType, XmlLimits limits, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(limits);
        if (!IsXml(contentType))
        {
            return CrmException.NotXmlContent(contentType!);
        }

        if (!TryCharset(contentType, out var encoding, out var charset))
        {
            return CrmException.UnknownCharset(charset!);
        }

        var elements = 0;
        var attributes = 0;
        try
        {
            // Decoded as SoapCore will decode it (the Content-Type's charset, else what the bytes say),
            // so that what is checked here is what the SOAP layer reads.
            using var text = encoding is null ? null : new StreamReader(body, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            using var reader = text is null ? XmlReader.Create(body, Settings) : XmlReader.Create(text, Settings);
            while (await reader.ReadAsync())
            {
                cancel.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (elements == 0 && (reader.LocalName != "Envelope" || reader.NamespaceURI != Soap11Envelope))
                {
                    return CrmException.NotASoapEnvelope(reader.NamespaceURI, reader.LocalName);
                }

                if (reader.Depth + 1 > limits.MaxDepth)
                {
                    return CrmException.XmlLimitExceeded("levels of nested elements", limits.MaxDepth);
                }

                if (++elements > limits.MaxElements)
                {
                    return CrmException.XmlLimitExceeded("elements", limits.MaxElements);
                }

                if (reader.AttributeCount > limits.MaxAttributesPerElement)
                {
                    return CrmException.XmlLimitExceeded("attributes on one element", limits.MaxAttributesPerElement);
                }

                attributes += reader.AttributeCount;
                if (attributes > limits.MaxAttributes)
                {
                    return CrmException.XmlLimitExceeded("attributes", limits.MaxAttributes);
                }
            }

            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return CrmException.XmlDtd();
        }
        catch (XmlException e)
        {
            return CrmException.UnreadableXml(e.Message);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            // An encoding the declaration names but .NET does not know, or bytes that are not in it.
            return CrmException.UnreadableXml(e.Message);
        }
    }

    /// <summary>SOAP 1.1 is <c>text/xml</c>; any XML media type, or none, is read, anything else is refused before SoapCore answers it with 400.</summary>
    private static bool IsXml(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) ||
        (MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The encoding a Content-Type's charset names (null when it names none); false for one .NET does not know.</summary>
    private static bool TryCharset(string? contentType, out Encoding? encoding, out string? charset)
    {
        encoding = null;
        charset = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"') : null;
        if (string.IsNullOrEmpty(charset))
        {
            return true;
        }

        try
        {
            encoding = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
