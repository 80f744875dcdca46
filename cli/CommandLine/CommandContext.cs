using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Configuration;
using Spectre.Console;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// What a command handler gets: where the database is, where to write, the Ctrl+C token, whether
/// stderr is a terminal (progress bars go there, and only there), the environment variables, and the
/// settings (<see cref="CrmSettings"/>, read by the one loader the server uses too; null only in tests
/// that call a handler directly, which then runs on the defaults).
/// <see cref="WorkingDirectory"/> is the caller's, also when the command runs inside the server:
/// relative paths on the command line are resolved against it (<see cref="ResolvePath"/>).
/// <see cref="Hosted"/> is the server's open database when the command was handed to it.
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
    CrmSettings? Settings = null,
    string? WorkingDirectory = null,
    bool InputIsTerminal = false,
    HostedDatabase? Hosted = null,
    TerminalProfile? Terminal = null)
{
    /// <summary>Whether the store is a PostgreSQL database, which <c>crm</c> always opens itself (no file, no hand-off).</summary>
    public bool OnPostgreSql => (Hosted?.Settings ?? Settings)?.Storage.IsPostgreSql == true;

    /// <summary>A Spectre console for tables and progress bars on <paramref name="writer"/>, as the caller's terminal shows them.</summary>
    public IAnsiConsole TerminalConsole(TextWriter writer) => (Terminal ?? TerminalProfile.Plain).Console(writer);

    /// <summary>A path from the command line, taken from the caller's working directory when relative.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory ?? Environment.CurrentDirectory);
}
