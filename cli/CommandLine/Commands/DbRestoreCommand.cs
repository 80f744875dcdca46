using System.CommandLine;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm db restore FILE</c>: puts a backup in place of the database. Never handed to a server: a
/// database cannot be replaced under the process that has it open, so the server must be stopped.
/// </summary>
internal static class DbRestoreCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var file = new Argument<string>("file") { Description = "A backup written by 'crm db backup'." };
        var command = new Command("restore", "Replace the database with a backup made by 'crm db backup'. Stop the server "
            + "first. The backup is checked before anything is replaced, and the database it replaces is kept beside it "
            + "as crm.db.before-restore-<time> (with its log), so a restore can itself be undone.\n"
            + "Example: scripts/crm db restore /backup/crm-2026-12-01.db")
        {
            file,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetRequiredValue(file))), handOff: false);
        return command;
    }

    internal static ExitCode Run(CommandContext context, string file)
    {
        if (context.OnPostgreSql)
        {
            throw new CliException(ExitCode.Usage, DbBackupCommand.PostgreSqlBackup);
        }

        var backup = context.ResolvePath(file);
        if (!File.Exists(backup))
        {
            throw new CliException(ExitCode.NotFound, $"there is no backup at {backup}");
        }

        var databasePath = Path.GetFullPath(context.DatabasePath);
        if (LiteDbCrmStore.IsOpenElsewhere(databasePath))
        {
            throw new CliException(ExitCode.DatabaseInUse,
                $"{databasePath} is open in another process (the server?); stop it before restoring, nothing was changed");
        }

        context.Cancellation.ThrowIfCancellationRequested();
        var (restored, previous) = LiteDbCrmStore.Restore(backup, databasePath, ModuleRegistry.Default, context.Clock.GetUtcNow());
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Restored {restored.Path} from {backup}: {restored.Records} records, {ByteSize.Human(restored.SizeBytes)}."));
        context.Output.WriteLine(previous is null
            ? "There was no database before."
            : $"The database it replaced is kept as {previous}.");
        return ExitCode.Ok;
    }
}
