using System.Text.Json;
using System.Text.Json.Serialization;

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
    public static AdminEndpointFile? Read(string databasePath)
    {
        var path = PathFor(databasePath);
        try
        {
            var file = JsonSerializer.Deserialize<AdminEndpointFile>(File.ReadAllText(path));
            return file is { Url.Length: > 0, Token.Length: > 0 } && IsAlive(file.ProcessId) ? file : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the file owner-only (0600), aside and then moved, so a reader never sees half of it.</summary>
    public void Write(string databasePath)
    {
        var path = PathFor(databasePath);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, this);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static void Delete(string databasePath) => File.Delete(PathFor(databasePath));

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
