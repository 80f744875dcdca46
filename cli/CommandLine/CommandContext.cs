namespace CrmIntegration.Cli.CommandLine;

/// <summary>What a command handler gets: where the database is, where to write, and the Ctrl+C token.</summary>
internal sealed record CommandContext(
    string DatabasePath,
    TextReader Input,
    TextWriter Output,
    TextWriter Error,
    bool OutputIsTerminal,
    TimeProvider Clock,
    CancellationToken Cancellation);
