namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// What a command handler gets: where the database is, where to write, the Ctrl+C token, whether
/// stderr is a terminal (progress bars go there, and only there), and the environment variables.
/// </summary>
internal sealed record CommandContext(
    string DatabasePath,
    TextReader Input,
    TextWriter Output,
    TextWriter Error,
    bool OutputIsTerminal,
    TimeProvider Clock,
    CancellationToken Cancellation,
    bool ErrorIsTerminal = false,
    IReadOnlyDictionary<string, string?>? Variables = null);
