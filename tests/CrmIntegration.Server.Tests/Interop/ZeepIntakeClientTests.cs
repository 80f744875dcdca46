using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>Python zeep (scripts/interop/intake_client.py) with v4_1 set_entry and LeadIntake.svc.</summary>
public sealed class ZeepIntakeClientTests(ZeepIntakeClientTests.Fixture fixture)
    : IntakeInteropTests(fixture), IClassFixture<ZeepIntakeClientTests.Fixture>
{
    public sealed class Fixture : IntakeInteropFixture
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

        protected override Task<ScriptResult> RunScriptAsync(string sugarWsdl, string intakeWsdl, string user, string password) =>
            ScriptRunner.RunAsync(
                Python, [Path.Combine(ScriptRunner.RepositoryRoot, "scripts", "interop", "intake_client.py"), sugarWsdl, intakeWsdl, user, password],
                Install, environment: Utf8);
    }
}
