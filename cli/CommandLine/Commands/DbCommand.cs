using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm db</c>: commands about the database file itself.</summary>
internal static class DbCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common) =>
        new("db", "Inspect, back up, restore and copy the database (LiteDB ⇄ PostgreSQL).\nExample: crm db info")
        {
            DbInfoCommand.Create(environment, common),
            DbBackupCommand.Create(environment, common),
            DbRestoreCommand.Create(environment, common),
            DbCopyCommand.Create(environment, common),
        };
}
