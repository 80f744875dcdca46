using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// What a command handler gets: where the database is, where to write, the Ctrl+C token, whether
/// stderr is a terminal (progress bars go there, and only there), the environment variables, and the
/// settings (<see cref="CrmSettings"/>, read by the one loader the server uses too; null only in tests
/// that call a handler directly, which then runs on the defaults).
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
    IReadOnlyDictionary<string, string?>? Variables = null,
    CrmSettings? Settings = null);
