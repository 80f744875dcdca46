using CrmIntegration.Cli.CommandLine;
using CrmIntegration.Cli.CommandLine.Output;

namespace CrmIntegration.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process <c>crm</c> run.</summary>
internal sealed record CliRun(ExitCode ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {(int)ExitCode} ({ExitCode})\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>Runs the real command tree in-process with captured writers, as <c>Program.cs</c> does.</summary>
internal static class Crm
{
    /// <param name="workingDirectory">The directory crm is run from (relative paths on its command line); the test process's own by default.</param>
    /// <param name="inputIsTerminal">Whether <paramref name="stdin"/> stands for lines typed at a terminal rather than a pipe.</param>
    /// <param name="stdout">Where standard output goes instead of being captured (e.g. a pipe that is closed).</param>
    /// <param name="terminal">Set to run as if stdout and stderr were this terminal (tables and progress bars drawn).</param>
    public static async Task<CliRun> RunAsync(string[] args, string? stdin = null, IReadOnlyDictionary<string, string?>? variables = null,
        string? workingDirectory = null, bool inputIsTerminal = false, TextWriter? stdout = null, TerminalProfile? terminal = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? "");
        var code = await CrmCommandLine.InvokeAsync(args, new CliEnvironment(input, stdout ?? output, error, OutputIsTerminal: terminal is not null, TimeProvider.System,
            HandleTermination: false, ErrorIsTerminal: terminal is not null, Variables: variables ?? new Dictionary<string, string?>(),
            WorkingDirectory: workingDirectory, InputIsTerminal: inputIsTerminal, Terminal: terminal));
        return new CliRun((ExitCode)code, output.ToString(), error.ToString().ReplaceLineEndings("\n"));
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, stdin: null);

    /// <summary>Runs and asserts success, so a broken setup step fails the test where it happened.</summary>
    public static async Task<CliRun> OkAsync(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.ExitCode == ExitCode.Ok, run.ToString());
        return run;
    }
}
