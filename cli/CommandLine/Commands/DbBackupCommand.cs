using System.CommandLine;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm db backup FILE</c>: a consistent copy of the database, taken while it is in use. With the
/// server running the command is handed to it (the copy is taken between its commits); otherwise
/// <c>crm</c> opens the file itself.
/// </summary>
internal static class DbBackupCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var file = new Argument<string>("file") { Description = "Where to write the copy (a new file, owner-only)." };
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists." };
        var command = new Command("backup", "Write a consistent copy of the database to FILE, also while the server runs "
            + "(partners' writes wait for the copy, about a second per 100 MiB). The copy is read back and its records "
            + "counted before it is kept; restore it with 'crm db restore'.\n"
            + "Example (crontab, nightly): 0 2 * * * scripts/crm db backup /backup/crm-$(date +\\%F).db")
        {
            file, force,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetRequiredValue(file), parseResult.GetValue(force))));
        return command;
    }

    /// <summary>Why the LiteDB file commands do not apply on PostgreSQL, and what does.</summary>
    internal const string PostgreSqlBackup =
        "the database is PostgreSQL (Storage:Provider): back it up with pg_dump and restore with pg_restore, "
        + "or copy it to a LiteDB file with 'crm db copy --to FILE'; crm db backup and restore copy a LiteDB file";

    internal static ExitCode Run(CommandContext context, string file, bool force)
    {
        if (context.OnPostgreSql)
        {
            throw new CliException(ExitCode.Usage, PostgreSqlBackup);
        }

        var destination = context.ResolvePath(file);
        if (Directory.Exists(destination))
        {
            throw new CliException(ExitCode.Usage, $"{destination} is a directory; name the backup file");
        }

        if (!Directory.Exists(Path.GetDirectoryName(destination)))
        {
            throw new CliException(ExitCode.NotFound, $"there is no directory {Path.GetDirectoryName(destination)} for the backup");
        }

        StoreCopy copy;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            copy = database.Core.Store.BackupTo(destination, overwrite: force);
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backed up {Path.GetFullPath(context.DatabasePath)} to {copy.Path}: {copy.Records} records, {ByteSize.Human(copy.SizeBytes)}, checked."));
        return ExitCode.Ok;
    }
}
