using System.Xml.Linq;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Http;

/// <summary>Hostile XML never reaches a parser that would act on it.</summary>
[Collection(ServerCollection.Name)]
public sealed class XmlSafetyTests(ServerFixture server)
{
    [Fact]
    public async Task ExternalEntity_IsRefusedWithFault1001AndNothingRead()
    {
        // The data directory holds no file of the server's on PostgreSQL, so it may not exist yet.
        Directory.CreateDirectory(server.DataDirectory);
        var secret = Path.Combine(server.DataDirectory, "secret.txt");
        await File.WriteAllTextAsync(secret, "TOP-SECRET-CONTENT");
        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{secret}\">]>" +
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" +
            $"<get_user_id xmlns=\"{RawSoap.Ns}\"><session>&xxe;</session></get_user_id></s:Body></s:Envelope>";

        var (status, body) = await RawSoap.PostAsync(server, "get_user_id", envelope);

        Assert.Equal(500, status);
        Assert.Equal("1001", FaultNumber(body));
        Assert.Contains("DTD", body);
        Assert.DoesNotContain("TOP-SECRET-CONTENT", body);
    }

    [Fact]
    public async Task EntityExpansion_IsRefusedWithFault1001()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY l{i} \"&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};\">"));
        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY l0 \"lol\">{entities}]>" +
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" +
            $"<get_user_id xmlns=\"{RawSoap.Ns}\"><session>&l9;</session></get_user_id></s:Body></s:Envelope>";

        var (status, body) = await RawSoap.PostAsync(server, "get_user_id", envelope);

        Assert.Equal(500, status);
        Assert.Equal("1001", FaultNumber(body));
    }

    [Fact]
    public async Task MalformedXml_GetsAFaultNotACrash()
    {
        var (status, body) = await RawSoap.PostAsync(server, "get_user_id", RawSoap.Envelope($"<get_user_id xmlns=\"{RawSoap.Ns}\"><session>"));

        Assert.True(status == 500, $"{status}: {body}");
        Assert.Contains("Fault", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Theory]
    [InlineData("<favorites>maybe</favorites><offset>0</offset>", "'maybe' is not a valid Boolean value")]
    [InlineData("<favorites>false</favorites><offset>99999999999</offset>", "too large or too small for an Int32")]
    [InlineData("<favorites>false</favorites><offset>twenty</offset>", "'twenty'")]
    public async Task ValueNotOfItsType_IsFault1001SayingWhatAndWhere_NotAServerError(string parameters, string named)
    {
        var envelope = RawSoap.Envelope($"<get_entry_list xmlns=\"{RawSoap.Ns}\"><session>s</session><module_name>Leads</module_name>"
            + $"<query></query><order_by></order_by>{parameters}</get_entry_list>");

        var (status, body) = await RawSoap.PostAsync(server, "get_entry_list", envelope);

        Assert.Equal(500, status);
        Assert.Equal("1001", FaultNumber(body));
        Assert.True(body.Contains(named, StringComparison.Ordinal), body);
        Assert.Contains("There is an error in XML document (1, ", body, StringComparison.Ordinal);
    }

    private static string? FaultNumber(string envelope) =>
        XDocument.Parse(envelope).Descendants().FirstOrDefault(e => e.Name.LocalName == "number")?.Value;
}
