using System.Xml.Linq;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.Intake.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Intake;

/// <summary>
/// <c>Login</c>, and WS-Security UsernameToken as the alternative to a session. WCF cannot send a
/// UsernameToken over plain HTTP (it insists on TLS), so those requests are raw envelopes.
/// </summary>
[Collection(IntakeCollection.Name)]
public sealed class IntakeAuthenticationTests(IntakeWorld world)
{
    private const string Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private const string Wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private const string TokenProfile = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    private static readonly XNamespace Intake = IntakeNamespace.Value;

    [Fact]
    public async Task Login_WithMd5OrPlainPassword_OpensASessionTheV41ServiceAccepts()
    {
        var partner = await world.PartnerAsync();
        var client = world.Server.IntakeClient();

        var md5 = await client.LoginAsync(partner.UserName, PasswordHasher.Md5Hex(IntakeWorld.PartnerPassword), "");
        var plain = await client.LoginAsync(partner.UserName, IntakeWorld.PartnerPassword, "PLAIN");

        Assert.NotEqual(md5, plain);
        var userId = world.Server.Core.Users.FindByUserName(partner.UserName)!.Id;
        Assert.Equal(userId, await world.Server.Client().GetUserIdAsync(md5));
        Assert.Equal(userId, await world.Server.Client().GetUserIdAsync(plain));
    }

    [Fact]
    public async Task Login_WithAWrongPassword_Faults10_AndRepeatedly1009()
    {
        var name = world.Server.AddUser(UserRole.Partner);
        var client = world.Server.IntakeClient();

        var wrong = await SugarClientExtensions.FaultOf(() => client.LoginAsync(name, "wrong-password", "PLAIN"));
        for (var i = 0; i < 4; i++)
        {
            await SugarClientExtensions.FaultOf(() => client.LoginAsync(name, "wrong-password", "PLAIN"));
        }

        var locked = await SugarClientExtensions.FaultOf(() => client.LoginAsync(name, "Passw0rd!", "PLAIN"));

        Assert.Equal(("10", "Invalid Login"), (wrong.Number, wrong.Name));
        Assert.Equal("1009", locked.Number);
    }

    [Fact]
    public async Task UsernameToken_WithTimestampAndMustUnderstand_IsAccepted()
    {
        var partner = await world.PartnerAsync();
        var security = Security(Token(partner.UserName, IntakeWorld.PartnerPassword, "#PasswordText"), withTimestamp: true);

        var (status, body) = await PostAsync("SubmitLead", security, SubmitLeadBody("Kiều", "WSS-1"));

        Assert.Equal(200, status);
        var receipt = XDocument.Parse(body).Descendants(Intake + "SubmitLeadResult").Single();
        Assert.Equal("Created", receipt.Element(Intake + "outcome")?.Value);
        var lead = world.Server.Core.Store.Get("Leads", receipt.Element(Intake + "id")!.Value)!;
        Assert.Equal((world.Server.Core.Users.FindByUserName(partner.UserName)!.Id, "WSS-1"), (lead["created_by"], lead["partner_ref"]));
    }

    [Fact]
    public async Task UsernameToken_WithoutPasswordType_IsPasswordText_AndOpensNoSession()
    {
        var partner = await world.PartnerAsync();
        var sessions = world.Server.Core.Store.Describe();

        var (status, body) = await PostAsync("GetLeadStatus", Security(Token(partner.UserName, IntakeWorld.PartnerPassword, type: null)),
            $"<GetLeadStatus xmlns=\"{IntakeNamespace.Value}\"><session></session><partner_ref>NONE</partner_ref></GetLeadStatus>");

        // Authenticated: the answer is about the lead (1001), not about the caller (10/11).
        Assert.Equal(500, status);
        Assert.Equal("1001", FaultNumber(body));
        Assert.Equal(sessions.SessionCount, world.Server.Core.Store.Describe().SessionCount);
    }

    [Fact]
    public async Task UsernameToken_WithAWrongPassword_Faults10()
    {
        var partner = await world.PartnerAsync();

        var (status, body) = await PostAsync("SubmitLead", Security(Token(partner.UserName, "not-the-password", "#PasswordText"), withTimestamp: true),
            SubmitLeadBody("Kiều", "WSS-2"));

        Assert.Equal((500, "10"), (status, FaultNumber(body)));
    }

    [Fact]
    public async Task UsernameToken_WithPasswordDigest_Faults10SayingOnlyPasswordTextWorks()
    {
        var partner = await world.PartnerAsync();

        var (_, body) = await PostAsync("SubmitLead", Security(Token(partner.UserName, "c29tZS1kaWdlc3Q=", "#PasswordDigest")), SubmitLeadBody("Kiều", "WSS-3"));

        Assert.Equal("10", FaultNumber(body));
        Assert.Contains("PasswordDigest", body);
    }

    [Fact]
    public async Task NeitherSessionNorToken_Faults11()
    {
        var (_, body) = await PostAsync("SubmitLead", security: null, SubmitLeadBody("Kiều", "WSS-4"));

        Assert.Equal("11", FaultNumber(body));
    }

    [Fact]
    public async Task AValidSession_WinsOverABadToken()
    {
        var partner = await world.PartnerAsync();
        var body = $"<SubmitLead xmlns=\"{IntakeNamespace.Value}\"><session>{partner.Session}</session><lead><last_name>Kiều</last_name></lead></SubmitLead>";

        var (status, _) = await PostAsync("SubmitLead", Security(Token(partner.UserName, "wrong", "#PasswordText")), body);

        Assert.Equal(200, status);
    }

    private Task<(int Status, string Body)> PostAsync(string operation, string? security, string body) =>
        RawSoap.PostAsync(world.Server.IntakeAddress, $"{IntakeNamespace.Value}/{operation}",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">" +
            (security is null ? "" : $"<s:Header>{security}</s:Header>") + $"<s:Body>{body}</s:Body></s:Envelope>");

    private static string Security(string token, bool withTimestamp = false) =>
        $"<wsse:Security s:mustUnderstand=\"1\" xmlns:wsse=\"{Wsse}\" xmlns:wsu=\"{Wsu}\">" +
        (withTimestamp
            ? $"<wsu:Timestamp wsu:Id=\"TS-1\"><wsu:Created>{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}</wsu:Created><wsu:Expires>{DateTime.UtcNow.AddMinutes(5):yyyy-MM-ddTHH:mm:ss.fffZ}</wsu:Expires></wsu:Timestamp>"
            : "") +
        token + "</wsse:Security>";

    private static string Token(string user, string password, string? type) =>
        $"<wsse:UsernameToken wsu:Id=\"UT-1\"><wsse:Username>{user}</wsse:Username>" +
        $"<wsse:Password{(type is null ? "" : $" Type=\"{TokenProfile}{type}\"")}>{password}</wsse:Password>" +
        "<wsse:Nonce>bm9uY2U=</wsse:Nonce></wsse:UsernameToken>";

    private static string SubmitLeadBody(string lastName, string partnerRef) =>
        $"<SubmitLead xmlns=\"{IntakeNamespace.Value}\"><session/><lead><partner_ref>{partnerRef}</partner_ref><last_name>{lastName}</last_name></lead></SubmitLead>";

    private static string? FaultNumber(string body) =>
        XDocument.Parse(body).Descendants(XName.Get("number", "http://www.sugarcrm.com/sugarcrm")).SingleOrDefault()?.Value;
}
