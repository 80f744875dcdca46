using System.Xml.Linq;
using System.Xml.Schema;

namespace CrmIntegration.Server.Soap.Wsdl;

/// <summary>
/// Makes every element of the WSDL's complex types declare the type and occurrence that the
/// serializer reads (<see cref="SerializerSchema"/>). SoapCore 1.2.1 describes an unwrapped array
/// member (<c>[XmlElement] T[]</c>, e.g. the <c>name_value</c> items of <c>name_value_list</c>) as a
/// repeated <em>array</em> of T, one nesting level deeper than the server reads; clients that build
/// requests from the WSDL (zeep, PHP SoapClient) then send a shape whose fields the server never sees.
/// </summary>
public static class WsdlTypeAlignment
{
    private static readonly XNamespace Xsd = XmlSchema.Namespace;
    private static readonly string[] Occurrences = ["minOccurs", "maxOccurs"];

    public static XDocument Align(XDocument wsdl, Type contract)
    {
        ArgumentNullException.ThrowIfNull(wsdl);
        var reference = SerializerSchema.ComplexTypes(contract);
        foreach (var schema in wsdl.Descendants(Xsd + "schema"))
        {
            XNamespace target = (string?)schema.Attribute("targetNamespace") ?? "";
            foreach (var complexType in schema.Elements(Xsd + "complexType"))
            {
                if ((string?)complexType.Attribute("name") is { } name && reference.TryGetValue(target + name, out var expected))
                {
                    AlignElements(complexType, expected);
                }
            }
        }

        return wsdl;
    }

    /// <summary>The elements of a complex type's sequence, in order.</summary>
    public static IEnumerable<XElement> Elements(XElement complexType) =>
        complexType.Elements(Xsd + "sequence").Elements(Xsd + "element");

    /// <summary>A QName-valued attribute (<c>type</c>) resolved against the namespaces in scope.</summary>
    public static XName? TypeOf(XElement element)
    {
        if ((string?)element.Attribute("type") is not { } value)
        {
            return null;
        }

        var colon = value.IndexOf(':');
        var ns = colon < 0 ? element.GetDefaultNamespace() : element.GetNamespaceOfPrefix(value[..colon]) ?? XNamespace.None;
        return ns + value[(colon + 1)..];
    }

    private static void AlignElements(XElement complexType, XElement expected)
    {
        var wanted = Elements(expected)
            .Where(e => e.Attribute("name") is not null)
            .ToDictionary(e => (string)e.Attribute("name")!, StringComparer.Ordinal);
        foreach (var element in Elements(complexType))
        {
            if ((string?)element.Attribute("name") is not { } name || !wanted.TryGetValue(name, out var want))
            {
                continue;
            }

            if (TypeOf(want) is { } type && type != TypeOf(element))
            {
                element.SetAttributeValue("type", Qualified(element, type));
            }

            foreach (var occurrence in Occurrences)
            {
                var value = (string?)want.Attribute(occurrence) ?? "1";
                if (((string?)element.Attribute(occurrence) ?? "1") != value)
                {
                    element.SetAttributeValue(occurrence, value);
                }
            }
        }
    }

    private static string Qualified(XElement element, XName type)
    {
        var prefix = element.GetPrefixOfNamespace(type.Namespace);
        if (prefix is null)
        {
            // Not reached with SoapCore's WSDLs, which declare every namespace their types use.
            prefix = "ref";
            element.SetAttributeValue(XNamespace.Xmlns + prefix, type.NamespaceName);
        }

        return $"{prefix}:{type.LocalName}";
    }
}
