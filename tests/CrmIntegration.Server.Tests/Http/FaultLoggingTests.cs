using System.Text;
using System.Xml.Linq;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Http;

/// <summary>
/// A caller's routine errors are logged as one Information line each, without a stack trace; only
/// real failures are logged as errors. Read from the console of the server running as its own
/// process, as an administrator sees it.
/// </summary>
public sealed class FaultLoggingTests : IAsyncLifetime
{
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task WrongPasswordBadSessionInvalidEmailRefusedQuery_AreOneInformationLineEach()
    {
        await PostAsync("login", $"<user_auth><user_name>admin</user_name><password>wrong</password><encryption>PLAIN</encryption></user_auth><application_name>t</application_name>");
        var session = XDocument.Parse(await PostAsync("login",
            $"<user_auth><user_name>admin</user_name><password>{ServerFixture.AdminPassword}</password><encryption>PLAIN</encryption></user_auth><application_name>t</application_name>"))
            .Descendants().First(e => e.Name.LocalName == "id").Value;
        await PostAsync("get_user_id", "<session>no-such-session</session>");
        await PostAsync("set_entry", $"<session>{session}</session><module_name>Leads</module_name><name_value_list>" +
            "<name_value><name>last_name</name><value>Võ</value></name_value><name_value><name>email1</name><value>not-an-email</value></name_value></name_value_list>");
        await PostAsync("get_entry_list", $"<session>{session}</session><module_name>Leads</module_name><query>leads.id IN (SELECT id FROM users)</query>" +
            "<order_by/><offset>0</offset><max_results>5</max_results><deleted>0</deleted><favorites>false</favorites>");
        await WaitForAsync("SOAP fault 40 ");

        var lines = _server.Output.Split('\n');
        Assert.Empty(_server.Failures());
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        foreach (var fault in new[] { "SOAP fault 10 Invalid Login", "SOAP fault 11 Invalid Session ID", "SOAP fault 1001 Invalid data", "SOAP fault 40 Access Denied" })
        {
            var at = Array.FindIndex(lines, l => l.Contains(fault, StringComparison.Ordinal));
            Assert.True(at > 0, $"no log line '{fault}':\n{_server.Output}");
            Assert.StartsWith("info: CrmIntegration.Server.Soap.Faults.CrmFaultTransformer", lines[at - 1]);
        }
    }

    private async Task<string> PostAsync(string operation, string parameters)
    {
        using var http = new HttpClient();
        using var content = new StringContent(RawSoap.Envelope($"<{operation} xmlns=\"{RawSoap.Ns}\">{parameters}</{operation}>"), Encoding.UTF8, "text/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.SugarAddress) { Content = content };
        request.Headers.Add("SOAPAction", $"\"{RawSoap.Ns}/{operation}\"");
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task WaitForAsync(string text)
    {
        // The console logger writes on its own thread: the last line may trail the answer a little.
        for (var i = 0; i < 50 && !_server.Output.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }
    }
}
