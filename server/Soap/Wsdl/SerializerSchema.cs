using System.Reflection;
using System.ServiceModel;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Wsdl;

/// <summary>
/// The XML Schema that <see cref="XmlSerializer"/> itself derives (through <see cref="XmlSchemaExporter"/>)
/// for the types of a service contract's operations: by construction, exactly what the server reads
/// and writes. SoapCore writes its WSDL types with its own code, which can disagree with the
/// serializer; this is the reference the WSDL is aligned with and tested against.
/// </summary>
public static class SerializerSchema
{
    private static readonly XNamespace Xsd = XmlSchema.Namespace;

    /// <summary>
    /// Every complex type the serializer defines for <paramref name="contract"/>'s parameter and
    /// result types (and the types they contain), by qualified name.
    /// </summary>
    public static IReadOnlyDictionary<XName, XElement> ComplexTypes(Type contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var importer = new XmlReflectionImporter();
        var schemas = new XmlSchemas();
        var exporter = new XmlSchemaExporter(schemas);
        foreach (var type in ContractTypes(contract))
        {
            exporter.ExportTypeMapping(importer.ImportTypeMapping(type));
        }

        var types = new Dictionary<XName, XElement>();
        foreach (XmlSchema schema in schemas)
        {
            var document = ToXml(schema);
            XNamespace target = schema.TargetNamespace ?? "";
            foreach (var complexType in document.Root!.Elements(Xsd + "complexType"))
            {
                types[target + (string)complexType.Attribute("name")!] = complexType;
            }
        }

        return types;
    }

    /// <summary>The contract's parameter and result types, unwrapped from <c>Task&lt;T&gt;</c> and arrays.</summary>
    private static IEnumerable<Type> ContractTypes(Type contract) =>
        contract.GetMethods()
            .Concat(contract.GetInterfaces().SelectMany(i => i.GetMethods()))
            .Where(m => m.GetCustomAttribute<OperationContractAttribute>() is not null)
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Select(Unwrap)
            .Where(t => Type.GetTypeCode(t) == TypeCode.Object && t != typeof(void) && t != typeof(object))
            .Distinct();

    private static Type Unwrap(Type type)
    {
        while (true)
        {
            if (type.IsArray)
            {
                type = type.GetElementType()!;
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                type = type.GetGenericArguments()[0];
            }
            else if (type == typeof(Task))
            {
                return typeof(void);
            }
            else
            {
                return type;
            }
        }
    }

    private static XDocument ToXml(XmlSchema schema)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text))
        {
            schema.Write(writer);
        }

        return XDocument.Parse(text.ToString());
    }
}
