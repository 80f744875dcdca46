using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>Python zeep (scripts/interop/sugar_client.py, Debian's python3-zeep) against the served WSDL.</summary>
public sealed class ZeepClientTests(ZeepClientTests.Fixture fixture)
    : InteropClientTests(fixture), IClassFixture<ZeepClientTests.Fixture>
{
    public sealed class Fixture : InteropClientFixture
    {
        // Debian's interpreter: the one with python3-zeep, whatever python3 comes first on PATH.
        private const string Python = ScriptRunner.DebianPython;
        private const string Install = "Install Debian's Python with zeep: apt-get install -y python3 python3-zeep (.ci/run does this).";

        private static readonly Dictionary<string, string> Utf8 = new() { ["PYTHONIOENCODING"] = "utf-8" };

        protected override async Task CheckToolsAsync()
        {
            var check = await ScriptRunner.RunAsync(Python, ["-c", "import zeep"], Install);
            if (check.ExitCode != 0)
            {
                throw check.Fail($"{Python} cannot import zeep. {Install}");
            }
        }

        protected override Task<ScriptResult> RunScriptAsync(string wsdl, string user, string password, string query) =>
            ScriptRunner.RunAsync(
                Python, [Path.Combine(ScriptRunner.RepositoryRoot, "scripts", "interop", "sugar_client.py"), wsdl, user, password, query],
                Install, environment: Utf8);
    }
}
