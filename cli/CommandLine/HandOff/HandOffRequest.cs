using System.Text.Json.Serialization;
using CrmIntegration.Cli.CommandLine.Output;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>
/// A <c>crm</c> command handed to the server: its arguments exactly as typed, the caller's working
/// directory (relative paths in them are the caller's), standard input when the command reads it,
/// whether the caller's stdout and stderr are terminals and what that terminal shows (tables and
/// progress bars depend on it).
/// </summary>
public sealed record HandOffRequest(
    [property: JsonPropertyName("arguments")] IReadOnlyList<string> Arguments,
    [property: JsonPropertyName("working_directory")] string WorkingDirectory,
    [property: JsonPropertyName("input")] string? Input,
    [property: JsonPropertyName("output_is_terminal")] bool OutputIsTerminal,
    [property: JsonPropertyName("error_is_terminal")] bool ErrorIsTerminal,
    [property: JsonPropertyName("terminal")] TerminalProfile? Terminal = null);

/// <summary>
/// One line of the server's answer (newline-delimited JSON): first the job id, then the command's
/// stdout and stderr text in the order written, last its exit code.
/// </summary>
public sealed record HandOffFrame(
    [property: JsonPropertyName("job"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Job = null,
    [property: JsonPropertyName("out"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Output = null,
    [property: JsonPropertyName("err"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    [property: JsonPropertyName("exit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Exit = null);
