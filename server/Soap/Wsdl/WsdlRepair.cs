using System.Xml.Linq;

namespace CrmIntegration.Server.Soap.Wsdl;

/// <summary>
/// Repairs the defects of SoapCore 1.2.1's generated WSDL. Two stop PHP SoapClient ("element …
/// already defined") and zeep (operations missing) from loading it: the fault element is declared
/// once per operation, and fault message parts name an element that is never declared. The repaired
/// WSDL declares each global element once and points every fault part at the detail type's element.
/// The third makes clients send what the server does not read: see <see cref="WsdlTypeAlignment"/>.
/// </summary>
public static class WsdlRepair
{
    private static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    private static readonly XNamespace WsdlNs = "http://schemas.xmlsoap.org/wsdl/";

    /// <summary>All repairs, for the WSDL SoapCore wrote for <paramref name="contract"/>.</summary>
    public static XDocument Repair(XDocument wsdl, Type contract) => WsdlTypeAlignment.Align(Repair(wsdl), contract);

    public static XDocument Repair(XDocument wsdl)
    {
        var schemas = wsdl.Descendants(Xsd + "schema").ToList();
        foreach (var schema in schemas)
        {
            RemoveDuplicateElements(schema);
        }

        var declared = schemas.SelectMany(s => s.Elements(Xsd + "element"))
            .Select(e => (string?)e.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var part in wsdl.Descendants(WsdlNs + "message").Elements(WsdlNs + "part"))
        {
            var reference = (string?)part.Attribute("element");
            if (reference is null || !reference.Contains(':'))
            {
                continue;
            }

            var (prefix, local) = (reference[..reference.IndexOf(':')], reference[(reference.IndexOf(':') + 1)..]);
            if (!declared.Contains(local) && declared.FirstOrDefault(d => Loose(d) == Loose(local)) is { } match)
            {
                part.SetAttributeValue("element", $"{prefix}:{match}");
            }
        }

        return wsdl;
    }

    private static void RemoveDuplicateElements(XElement schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in schema.Elements(Xsd + "element").ToList())
        {
            if ((string?)element.Attribute("name") is { } name && !seen.Add(name))
            {
                element.Remove();
            }
        }
    }

    // error_valueFault and ErrorValueFault name the same thing: SoapCore mixes the XML and CLR names.
    private static string Loose(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
