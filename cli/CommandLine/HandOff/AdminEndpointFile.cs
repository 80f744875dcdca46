using System.Text.Json;
using System.Text.Json.Serialization;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>
/// Where a running server takes <c>crm</c> commands for the database it holds, and the token that
/// proves the caller may read its data directory: written by the server at start beside the
/// database (<c>crm.db.admin</c>, owner-only, so only the account that owns the data can use it),
/// removed when it stops. A file left by a server that was killed names a process that no longer
/// exists and is ignored.
/// </summary>
public sealed record AdminEndpointFile(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("pid")] int ProcessId,
    [property: JsonPropertyName("started_utc")] DateTimeOffset StartedUtc)
{
    public const string Suffix = ".admin";

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + Suffix;

    /// <summary>The file of the server holding this database, or null when there is none (or it is unreadable or stale).</summary>
    /// <exception cref="CliException">The file may be changed by others: it could send commands (and passwords) elsewhere.</exception>
    public static AdminEndpointFile? Read(string databasePath)
    {
        var path = PathFor(databasePath);
        try
        {
            if (!OperatingSystem.IsWindows() && File.Exists(path)
                && (File.GetUnixFileMode(path) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            {
                throw new CliException(ExitCode.DatabaseInUse,
                    $"{path} may be changed by others, so crm will not hand commands to the address it names; make it owner-only (chmod 600) or restart the server");
            }

            return Peek(databasePath) is { } file && IsRunning(file) ? file : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>What the file holds, whoever wrote it and whether that server still runs: for the server removing its own.</summary>
    public static AdminEndpointFile? Peek(string databasePath)
    {
        try
        {
            var file = JsonSerializer.Deserialize<AdminEndpointFile>(File.ReadAllText(PathFor(databasePath)));
            return file is { Url.Length: > 0, Token.Length: > 0 } ? file : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the file owner-only (0600), aside and then moved, so a reader never sees half of it.</summary>
    public void Write(string databasePath) => OwnerOnly.ReplaceAllText(PathFor(databasePath), JsonSerializer.Serialize(this));

    public static void Delete(string databasePath) => File.Delete(PathFor(databasePath));

    /// <summary>
    /// Whether the server that wrote the file still runs: its process exists and started before the
    /// file was written (a process id reused by a later process, as a container's pid 1 is, does not count).
    /// </summary>
    private static bool IsRunning(AdminEndpointFile file)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(file.ProcessId);
            return !process.HasExited && process.StartTime.ToUniversalTime() <= file.StartedUtc.UtcDateTime.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
