using System.CommandLine;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Options every command accepts. One instance per command tree (tests build many trees in
/// parallel, and a symbol remembers its parents).
/// </summary>
internal sealed class CommonOptions
{
    public Option<string> Database { get; } = new("--db")
    {
        Description = "The database file for this run, over the setting Storage:Path (--config FILE, CRM_Storage__Path; "
            + $"default {StorageOptions.DefaultPath} under the current directory). "
            + "While a server on this machine has it open, commands are handed to that server and run there.",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string> Config { get; } = new(CrmConfiguration.ConfigOption)
    {
        Description = "The installation's settings file (JSON, the sections the server reads: Storage, Mail, Matching, Intake, "
            + $"Security, Scheduling, Admin, Server); defaults to ${CrmConfiguration.ConfigFileVariable} when set. "
            + "CRM_Section__Key environment variables override it. 'crm config show' prints the result.",
        HelpName = "FILE",
        Recursive = true,
    };

    public const string DefaultUser = "admin";

    public Option<string?> Server { get; } = new("--server")
    {
        Description = "Run the command on the CrmIntegration server at this address (e.g. https://crm.example.com; plain http only to this machine), "
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
}
