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
            + "Commands refuse to run while the server (or another crm) has it open.",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string> Config { get; } = new(CrmConfiguration.ConfigOption)
    {
        Description = "The installation's settings file (JSON, the sections the server reads: Storage, Mail, Matching, Intake, "
            + $"Security, Server); defaults to ${CrmConfiguration.ConfigFileVariable} when set. "
            + "CRM_Section__Key environment variables override it. 'crm config show' prints the result.",
        HelpName = "FILE",
        Recursive = true,
    };
}
