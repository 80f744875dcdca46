using System.Text.Json;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Runs one third-party client's intake script (scripts/interop/intake_client.*) once, as a partner,
/// against a server of its own that blocks exact-email duplicates, and keeps its JSON report. Like
/// <see cref="InteropClientFixture"/>, a missing tool or broken run fails every test instead of throwing here.
/// </summary>
public abstract class IntakeInteropFixture : IAsyncLifetime
{
    public const string Partner = "interop-partner";
    private const string PartnerPassword = "Interop-Partner-2026";

    private Exception? _failure;
    private ScriptResult? _run;
    private JsonElement _report;
    private bool _started;

    public ServerFixture Server { get; } = new();

    public ScriptResult Run => _failure is null ? _run! : throw _failure;

    public JsonElement Report => _failure is null ? _report : throw _failure;

    protected abstract Task CheckToolsAsync();

    protected abstract Task<ScriptResult> RunScriptAsync(string sugarWsdl, string intakeWsdl, string user, string password);

    public async Task InitializeAsync()
    {
        try
        {
            await CheckToolsAsync();
            Server.Configure("Intake:DuplicateActions:email", "block");
            await Server.InitializeAsync();
            _started = true;
            Server.Core.UserAdmin.Add(Partner, PartnerPassword, UserRole.Partner);
            _run = await RunScriptAsync(Server.SugarAddress + "?wsdl", Server.IntakeAddress + "?wsdl", Partner, PartnerPassword);
            _report = InteropClientFixture.ParseReport(_run);
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (_started)
        {
            await Server.DisposeAsync();
        }
    }

    public JsonElement Get(string name) =>
        Report.TryGetProperty(name, out var value) ? value : throw Run.Fail($"The report has no \"{name}\".");

    public string Text(string name) =>
        Get(name).ValueKind == JsonValueKind.String ? Get(name).GetString()! : throw Run.Fail($"\"{name}\" is not a string.");

    public void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw Run.Fail(what);
        }
    }
}
