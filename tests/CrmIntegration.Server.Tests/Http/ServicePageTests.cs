using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Http;

/// <summary>
/// Opening a service's address without <c>?wsdl</c> (as a new user pastes it into a client) serves
/// the same WSDL as with it. SoapCore served a second, unrepaired WSDL there that PHP refused
/// ("element … already defined") and in which zeep found no operation.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ServicePageTests(ServerFixture server)
{
    private const string Python = ScriptRunner.DebianPython;

    public static TheoryData<string, string> Addresses => new()
    {
        { "sugar", "" }, { "sugar", "/" }, { "sugar", "?singleWsdl" }, { "sugar", "?documentation" },
        { "intake", "" }, { "intake", "?wsdl&documentation" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task AddressWithoutWsdlQuery_ServesTheSameWsdl(string service, string suffix)
    {
        var address = Address(service);
        using var http = new HttpClient();

        var reference = await http.GetStringAsync(address + "?wsdl");
        var served = await http.GetStringAsync(address + suffix);

        Assert.Equal(reference, served);
    }

    [Theory]
    [InlineData("sugar", "login")]
    [InlineData("intake", "Login")]
    public async Task Zeep_LoadsTheBareAddress_AndFindsLogin(string service, string operation)
    {
        var run = await ScriptRunner.RunAsync(Python,
            ["-c", $"import sys, zeep; c = zeep.Client(sys.argv[1]); print(c.service['{operation}'] is not None)", Address(service).ToString()],
            "Install Debian's Python with zeep: apt-get install -y python3 python3-zeep (.ci/run does this).");

        Assert.True(run.ExitCode == 0 && run.StdOut.Trim() == "True", run.Fail("zeep could not use the address").Message);
    }

    [Theory]
    [InlineData("sugar", "login")]
    [InlineData("intake", "Login")]
    public async Task PhpSoapClient_LoadsTheBareAddress_AndFindsLogin(string service, string operation)
    {
        var run = await ScriptRunner.RunAsync("php",
            ["-r", "$c = new SoapClient($argv[1], ['cache_wsdl' => WSDL_CACHE_NONE]); " +
                   $"echo count(preg_grep('/ {operation}\\(/', $c->__getFunctions())) > 0 ? 'yes' : 'no';", Address(service).ToString()],
            "Install PHP with its SOAP extension: apt-get install -y php8.2-cli php8.2-soap (.ci/run does this).");

        Assert.True(run.ExitCode == 0 && run.StdOut.Trim() == "yes", run.Fail("PHP SoapClient could not use the address").Message);
    }

    [Fact]
    public async Task AddressBelowAService_RunsNoOperation_404()
    {
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = "no-such-session" });

        var get = await http.GetAsync(new Uri(server.SugarAddress + "/get_server_info"));
        var post = await http.PostAsync(new Uri(server.SugarAddress + "/get_user_id"), form);
        var posted = await post.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain("6.5.0", await get.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("<number>1000</number>", posted);
        Assert.Contains("/service/v4_1/soap.svc/get_user_id", posted);
    }

    private Uri Address(string service) => service == "sugar" ? server.SugarAddress : server.IntakeAddress;
}
