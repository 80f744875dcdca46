using System.Text.Json;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Interop;

/// <summary>
/// Starts a server of its own, runs one third-party client's script against it once and keeps the
/// script's JSON report for the tests of the class. A missing tool or a broken run does not throw
/// here (the server would then never be stopped); every test fails with it, and the script's output, instead.
/// </summary>
public abstract class ScriptReportFixture : IAsyncLifetime
{
    private Exception? _failure;
    private ScriptResult? _run;
    private JsonElement _report;
    private bool _started;

    public ServerFixture Server { get; } = new();

    /// <summary>The finished script; fails the test if the run could not be made.</summary>
    public ScriptResult Run => _failure is null ? _run! : throw _failure;

    /// <summary>The script's JSON report; fails the test if there is none.</summary>
    public JsonElement Report => _failure is null ? _report : throw _failure;

    /// <summary>Fails (with the tool's output) unless the tool and its SOAP library are installed.</summary>
    protected abstract Task CheckToolsAsync();

    /// <summary>Settings the server needs for the script, before it starts.</summary>
    protected virtual void Configure(ServerFixture server)
    {
    }

    /// <summary>Runs the script against the started server (adding any users it signs in as first).</summary>
    protected abstract Task<ScriptResult> RunAgainstAsync(ServerFixture server);

    public async Task InitializeAsync()
    {
        try
        {
            await CheckToolsAsync();
            Configure(Server);
            await Server.InitializeAsync();
            _started = true;
            _run = await RunAgainstAsync(Server);
            _report = ParseReport(_run);
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

    /// <summary>A text member of the report.</summary>
    public string Text(string name) => Text(Report, name);

    /// <summary>A text member of <paramref name="element"/>; fails the test with the script's output when it is absent.</summary>
    public string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Run.Fail($"The report has no text \"{name}\" in {element}.");

    /// <summary>Fails the test with <paramref name="what"/> and the script's output unless <paramref name="condition"/>.</summary>
    public void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw Run.Fail(what);
        }
    }

    private static JsonElement ParseReport(ScriptResult run)
    {
        try
        {
            using var json = JsonDocument.Parse(run.StdOut);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? json.RootElement.Clone()
                : throw run.Fail("stdout is JSON but not an object");
        }
        catch (JsonException e)
        {
            throw run.Fail($"stdout is not one JSON object: {e.Message}");
        }
    }
}
