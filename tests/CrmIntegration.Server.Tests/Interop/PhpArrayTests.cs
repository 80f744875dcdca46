using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>PHP's SoapClient in WSDL mode (scripts/interop/sugar_arrays.php) with every operation that takes an array.</summary>
public sealed class PhpArrayTests(PhpArrayTests.Fixture fixture)
    : ArrayInteropTests(fixture), IClassFixture<PhpArrayTests.Fixture>
{
    public sealed class Fixture : ArrayInteropFixture
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

        protected override Task<ScriptResult> RunScriptAsync(string sugarWsdl, string intakeWsdl, string user, string password) =>
            ScriptRunner.RunAsync(
                "php", [Path.Combine(ScriptRunner.RepositoryRoot, "scripts", "interop", "sugar_arrays.php"), sugarWsdl, intakeWsdl, user, password],
                Install);
    }
}
