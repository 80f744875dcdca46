using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>
/// The server as its own process (<c>dotnet CrmIntegration.Server.dll</c>, Kestrel on 127.0.0.1 with a
/// free port, its own data directory), for tests that must see whether the process survives a request
/// and what it logs. Everything it prints is kept.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "crm-server-process-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = null!;

    public Uri SugarAddress => new(BaseAddress, "service/v4_1/soap.svc");

    public Uri IntakeAddress => new(BaseAddress, "LeadIntake.svc");

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the server printed so far (stdout and stderr, interleaved as received).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="settings">More settings, as CRM_ variables (e.g. <c>CRM_Storage__Provider</c>).</param>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = server,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(server, "CrmIntegration.Server.dll"));
        var self = new ServerProcess(new Process { StartInfo = start });

        // Only this test's settings: none of the CRM_ variables of whoever runs the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CRM_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["CRM_Storage__Path"] = Path.Combine(self.DataDirectory, "crm.db");
        start.Environment["CRM_Server__Urls"] = "http://127.0.0.1:0";
        start.Environment["CRM_Server__AdminPassword"] = ServerFixture.AdminPassword;
        start.Environment["CRM_Scheduling__Jobs__mail_delivery__Enabled"] = "false";

        // The run's store, as for the in-process servers (CRM_TEST_STORE), unless the test names its own.
        if (TestStore.NewDatabase() is { } database && settings?.ContainsKey("CRM_Storage__Provider") != true)
        {
            start.Environment["CRM_Storage__Provider"] = StoreFactory.PostgreSql;
            start.Environment["CRM_Storage__ConnectionString"] = database;
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        self._process.OutputDataReceived += (_, e) => self.Received(e.Data);
        self._process.ErrorDataReceived += (_, e) => self.Received(e.Data);
        self._process.Start();
        self._process.BeginOutputReadLine();
        self._process.BeginErrorReadLine();

        var listening = await Task.WhenAny(self._listening.Task, Task.Delay(TimeSpan.FromSeconds(60)), self._process.WaitForExitAsync());
        if (listening != self._listening.Task)
        {
            await self.DisposeAsync();
            throw new Xunit.Sdk.XunitException($"The server process did not start listening.\n--- output ---\n{self.Output}");
        }

        self.BaseAddress = new Uri(await self._listening.Task, "/");
        return self;
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flush, as a crash or an OOM kill would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>The first lines of the entries the server logged at Error or Critical level (console format).</summary>
    /// <summary>Each error or critical entry of the log, with the indented lines under it (message, exception, first frames).</summary>
    public IReadOnlyList<string> Failures()
    {
        var entries = new List<string>();
        var lines = Output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("fail:", StringComparison.Ordinal) || lines[i].StartsWith("crit:", StringComparison.Ordinal))
            {
                var detail = lines.Skip(i + 1).TakeWhile(l => l.StartsWith(' ')).Take(8);
                entries.Add(string.Join("\n", detail.Prepend(lines[i])));
            }
        }

        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
