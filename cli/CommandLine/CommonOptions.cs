using System.CommandLine;
using CrmIntegration.Core;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Options every command accepts. One instance per command tree (tests build many trees in
/// parallel, and a symbol remembers its parents).
/// </summary>
internal sealed class CommonOptions
{
    public const string DatabaseEnvironmentVariable = "CRM_DB";

    public static readonly string DefaultDatabasePath =
        "./" + CrmCoreOptions.DefaultDataDirectory + "/" + CrmCoreOptions.DatabaseFileName;

    public Option<string> Database { get; } = new("--db")
    {
        Description = $"The database file. Defaults to ${DatabaseEnvironmentVariable} when set, else {DefaultDatabasePath}. "
            + "While a server on this machine has it open, commands are handed to that server and run there.",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => DatabasePathFromEnvironment(),
    };

    public const string DefaultUser = "admin";

    public Option<string?> Server { get; } = new("--server")
    {
        Description = "Run the command on the CrmIntegration server at this address (e.g. http://crm.example.com:5080), "
            + "signing in as --user with the password from $CRM_PASSWORD (or asked for on the terminal). The server must "
            + "allow remote administration (Admin:AllowRemote). Without --server, a command for a database that a server on "
            + "this machine holds open is handed to that server automatically.",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = $"The administrator to sign in as with --server (default {DefaultUser}).",
        HelpName = "USER_NAME",
        Recursive = true,
    };

    public static string DatabasePathFromEnvironment() =>
        Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultDatabasePath;
}
