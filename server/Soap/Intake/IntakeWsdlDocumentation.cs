using System.Xml.Linq;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>
/// Adds <c>wsdl:documentation</c> to the intake WSDL's service and operations. SoapCore's WSDL writer
/// has no way to emit documentation, and integrators read the WSDL (or the client generated from it)
/// before they read the README. Other WSDLs pass untouched.
/// </summary>
public static class IntakeWsdlDocumentation
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";

    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["Login"] = "Opens a session (shared with the v4_1 service). password: MD5 hex of the password, or the password itself with encryption=PLAIN. Faults 10 Invalid Login, 1009 locked.",
        ["SubmitLead"] = "Submits one lead. outcome: Created, Duplicate (blocked duplicate, error 50), Existing (partner_ref submitted before; id is that lead) or Rejected (error says why, e.g. 1001 naming the field).",
        ["SubmitLeads"] = "Submits 1 to 500 leads; one receipt each, in order; one lead's failure does not fail the others. An empty batch or more than 500 faults 1001.",
        ["GetLeadStatus"] = "A lead's status, assigned user and converted ids, by id or by the caller's own partner_ref. A lead the caller may not see faults 1001 exactly like an unknown one.",
        ["ListMySubmissions"] = "The caller's leads entered at or after since (UTC when no offset is given), oldest first, 100 per page, page from 1; next_page is 0 on the last page.",
    };

    private const string Service =
        "Partner lead intake. Every operation but Login takes session (from Login or v4_1 login) or, with session empty, " +
        "a WS-Security 1.0 UsernameToken with PasswordText in the SOAP header (PasswordDigest is not supported). " +
        "Faults carry SugarCRM's error_value {number, name, description}.";

    public static XDocument Annotate(XDocument wsdl)
    {
        if (wsdl.Root is not { } definitions || (string?)definitions.Attribute("name") != "LeadIntake")
        {
            return wsdl;
        }

        definitions.Element(Wsdl + "service")?.AddFirst(new XElement(Wsdl + "documentation", Service));
        foreach (var operation in definitions.Elements(Wsdl + "portType").Elements(Wsdl + "operation"))
        {
            if ((string?)operation.Attribute("name") is { } name && Operations.TryGetValue(name, out var text))
            {
                operation.AddFirst(new XElement(Wsdl + "documentation", text));
            }
        }

        return wsdl;
    }
}
