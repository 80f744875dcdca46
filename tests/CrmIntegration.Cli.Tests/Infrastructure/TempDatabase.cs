using System.Security.Cryptography;

namespace CrmIntegration.Cli.Tests.Infrastructure;

/// <summary>A fresh directory per test; <see cref="Path"/> is a database file that does not exist yet.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "data", "crm.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public const string AdminPassword = "admin-secret-1";

    /// <summary>A database with user <c>admin</c> (password <see cref="AdminPassword"/>) created through the CLI.</summary>
    public static async Task<TempDatabase> WithAdminAsync()
    {
        var db = new TempDatabase();
        await Crm.OkAsync("users", "add", "admin", "--role", "admin", "--password", AdminPassword, "--db", db.Path);
        return db;
    }

    public string Hash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path)));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere in a failed test; the temp directory is cleaned by the OS.
        }
    }
}
