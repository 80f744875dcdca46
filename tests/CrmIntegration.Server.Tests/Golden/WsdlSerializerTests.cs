using System.Xml.Linq;
using CrmIntegration.Server.Soap.Intake;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.Wsdl;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Golden;

/// <summary>
/// The served WSDL describes exactly what the server reads: every complex type it shares with the
/// XmlSerializer behind the service declares the same elements, in the same order, with the same
/// types and occurrences as the schema the serializer derives for itself. A difference is what made
/// zeep send <c>set_entries</c> items one level too deep.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class WsdlSerializerTests(ServerFixture server)
{
    private static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";

    public static TheoryData<string> Endpoints => ["sugar", "intake"];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ServedWsdl_DeclaresEveryElementAsTheSerializerReadsIt(string endpoint)
    {
        var (address, contract) = endpoint == "sugar"
            ? (server.SugarAddress, typeof(ISugarSoapService))
            : (server.IntakeAddress, typeof(ILeadIntakeService));
        using var http = new HttpClient();
        var wsdl = XDocument.Parse(await http.GetStringAsync(new Uri(address + "?wsdl")));
        var reference = SerializerSchema.ComplexTypes(contract);
        var served = wsdl.Descendants(Xsd + "schema")
            .SelectMany(s => s.Elements(Xsd + "complexType").Select(t => (Name: (XNamespace)(string)s.Attribute("targetNamespace")! + (string)t.Attribute("name")!, Type: t)))
            .ToDictionary(t => t.Name, t => t.Type);

        var differences = new List<string>();
        foreach (var (name, expected) in reference)
        {
            if (!served.TryGetValue(name, out var actual))
            {
                differences.Add($"{name.LocalName}: not declared in the WSDL");
                continue;
            }

            var want = Describe(expected);
            var have = Describe(actual);
            if (!want.SequenceEqual(have))
            {
                differences.Add($"{name.LocalName}: WSDL [{string.Join(", ", have)}], serializer reads [{string.Join(", ", want)}]");
            }
        }

        Assert.True(reference.Count > 10, $"the serializer's schema has only {reference.Count} complex types");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static List<string> Describe(XElement complexType) =>
        WsdlTypeAlignment.Elements(complexType)
            .Select(e => $"{(string?)e.Attribute("name")}:{WsdlTypeAlignment.TypeOf(e)}[{(string?)e.Attribute("minOccurs") ?? "1"}..{(string?)e.Attribute("maxOccurs") ?? "1"}]")
            .ToList();
}
