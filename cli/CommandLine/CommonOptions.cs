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
            + "Commands refuse to run while the server (or another crm) has it open.",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => DatabasePathFromEnvironment(),
    };

    public static string DatabasePathFromEnvironment() =>
        Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultDatabasePath;
}
