using System.Text.Json;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Starts a server of its own and runs one third-party client's <c>sugar_arrays</c> script against
/// its two served WSDLs once: every operation with an array parameter, requests built by the client
/// from the WSDL alone. A missing tool or a broken run fails every test of the class with its output.
/// </summary>
public abstract class ArrayInteropFixture : IAsyncLifetime
{
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
            await Server.InitializeAsync();
            _started = true;
            _run = await RunScriptAsync(Server.SugarAddress + "?wsdl", Server.IntakeAddress + "?wsdl", "admin", ServerFixture.AdminPassword);
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

    /// <summary>A member of the report; fails the test with the script's output when it is absent.</summary>
    public JsonElement Get(string name) =>
        Report.TryGetProperty(name, out var value) ? value : throw Run.Fail($"The report has no \"{name}\".");

    public string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Run.Fail($"The report has no text \"{name}\" in {element}.");

    public void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw Run.Fail(what);
        }
    }
}
