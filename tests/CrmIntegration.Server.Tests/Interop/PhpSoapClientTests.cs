using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>PHP's ext/soap <c>SoapClient</c> (scripts/interop/sugar_client.php) against the served WSDL.</summary>
public sealed class PhpSoapClientTests(PhpSoapClientTests.Fixture fixture)
    : InteropClientTests(fixture), IClassFixture<PhpSoapClientTests.Fixture>
{
    public sealed class Fixture : InteropClientFixture
    {
        private const string Install = "Install PHP with its SOAP extension: apt-get install -y php8.2-cli php8.2-soap (.ci/run does this).";

        protected override async Task CheckToolsAsync()
        {
            var check = await ScriptRunner.RunAsync("php", ["-r", "exit(extension_loaded('soap') ? 0 : 3);"], Install);
            if (check.ExitCode != 0)
            {
                throw check.Fail($"php runs but has no SOAP extension. {Install}");
            }
        }

        protected override Task<ScriptResult> RunScriptAsync(string wsdl, string user, string password, string query) =>
            ScriptRunner.RunAsync(
                "php", [Path.Combine(ScriptRunner.RepositoryRoot, "scripts", "interop", "sugar_client.php"), wsdl, user, password, query],
                Install);
    }
}
