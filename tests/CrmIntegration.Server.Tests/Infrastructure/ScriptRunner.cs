using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>What a finished process printed, and how it ended.</summary>
public sealed record ScriptResult(string CommandLine, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Fails the test with <paramref name="why"/> followed by everything the process printed.</summary>
    public Exception Fail(string why) => ScriptRunner.Failure($"{why}\ncommand: {CommandLine}\nexit code: {ExitCode}", StdOut, StdErr);
}

/// <summary>Runs a real process (a PHP or Python client, a shell script) with a time limit.</summary>
public static class ScriptRunner
{
    /// <summary>Debian's Python, which has python3-zeep and python3-aiosmtpd (the first python3 on PATH may be another build without them).</summary>
    public const string DebianPython = "/usr/bin/python3";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The directory holding <c>CrmIntegration.sln</c>, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Runs <paramref name="fileName"/> (a path, or a name looked up on PATH) to completion and
    /// captures stdout and stderr as UTF-8. Fails the test, with whatever was printed, when the
    /// program cannot be started (<paramref name="installHint"/> says what is missing) or outlives
    /// <paramref name="timeout"/> (the whole process tree is killed).
    /// </summary>
    public static async Task<ScriptResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string installHint, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var commandLine = string.Join(' ', start.ArgumentList.Prepend(fileName).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw Failure($"Cannot start `{fileName}` ({e.Message}). {installHint}", "", "");
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw Failure($"`{commandLine}` did not finish within {limit.TotalSeconds:0} s and was killed", await stdout, await stderr);
        }

        return new ScriptResult(commandLine, process.ExitCode, await stdout, await stderr);
    }

    internal static Exception Failure(string message, string stdout, string stderr) =>
        new Xunit.Sdk.XunitException($"{message}\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmIntegration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CrmIntegration.sln above {AppContext.BaseDirectory}");
    }
}
