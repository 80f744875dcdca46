using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// What a command reads and writes besides its arguments: the seam the tests replace with string
/// readers and writers. <see cref="HandleTermination"/> is off in tests so that an in-process run
/// does not register process-wide signal handlers. <see cref="Variables"/> are the environment
/// variables settings are read from (<c>CRM_Matching__…</c>, <c>CRM_CONFIG</c>); tests pass their own, since the
/// process environment is shared by tests running in parallel. <see cref="Arguments"/> are the
/// command line as typed (handed to a running server unchanged); <see cref="Hosted"/> is set when the
/// command runs inside the server that holds the database (<see cref="HandOff.HostedCommands"/>).
/// </summary>
internal sealed record CliEnvironment(
    TextReader Input,
    TextWriter Output,
    TextWriter Error,
    bool OutputIsTerminal,
    TimeProvider Clock,
    bool HandleTermination,
    bool ErrorIsTerminal = false,
    IReadOnlyDictionary<string, string?>? Variables = null,
    IReadOnlyList<string>? Arguments = null,
    string? WorkingDirectory = null,
    bool InputIsTerminal = false,
    HostedDatabase? Hosted = null,
    TerminalProfile? Terminal = null)
{
    /// <summary>How long Ctrl+C waits for a command that is writing to finish its transaction.</summary>
    public static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(10);

    public static CliEnvironment FromConsole(string[] arguments) =>
        new(Console.In, Console.Out, Console.Error, !Console.IsOutputRedirected, TimeProvider.System, HandleTermination: true,
            ErrorIsTerminal: !Console.IsErrorRedirected, Variables: CrmConfiguration.ProcessEnvironment(), Arguments: arguments,
            WorkingDirectory: Environment.CurrentDirectory, InputIsTerminal: !Console.IsInputRedirected,
            Terminal: Console.IsOutputRedirected && Console.IsErrorRedirected ? null : TerminalProfile.OfConsole());
}
