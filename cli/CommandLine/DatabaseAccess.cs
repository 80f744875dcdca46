using CrmIntegration.Core;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Opens the core over the configured database file (<c>Storage:Path</c>, or <c>--db</c>) with the
/// run's settings. Opening takes the store's exclusive lock first, so a database held by another
/// process is refused (core fault 90, exit code DatabaseInUse) before a byte of it is read or written;
/// a database held by a running server never gets here, since the command was handed to that server
/// (<see cref="HandOff.ServerHandOff"/>), where the lease is the server's own open core.
/// A file that is not a database is refused by the store (exit code NotADatabase). Every error names the file.
/// On PostgreSQL (<c>Storage:Provider=PostgreSql</c>) there is no file: <c>crm</c> connects to the
/// database like any server instance, and a database it cannot use is exit code DatabaseUnreachable.
/// </summary>
internal static class DatabaseAccess
{
    /// <summary>For commands that only make sense on an existing database: never creates a file.</summary>
    public static DatabaseLease OpenExisting(CommandContext context) =>
        context.Hosted is { } hosted ? new DatabaseLease(hosted.Core, owned: false)
        : context.OnPostgreSql ? Open(context, Path.GetFullPath(context.DatabasePath))
        : Open(context, RequireExisting(context));

    /// <summary>The full path of the database file, or exit code DatabaseMissing when there is none.</summary>
    public static string RequireExisting(CommandContext context)
    {
        var path = RequireFile(context);
        if (!File.Exists(path))
        {
            throw new CliException(ExitCode.DatabaseMissing,
                $"there is no database at {path} (Storage:Path, {SourceOfPath(context)}); pass --db PATH or set Storage:Path "
                + "(--config FILE, CRM_Storage__Path), or create it with 'crm users add'");
        }

        return path;
    }

    /// <summary>For commands that create data: makes the file and its directory when missing.</summary>
    public static DatabaseLease OpenOrCreate(CommandContext context) =>
        context.Hosted is { } hosted ? new DatabaseLease(hosted.Core, owned: false)
        : context.OnPostgreSql ? Open(context, Path.GetFullPath(context.DatabasePath))
        : Open(context, RequireFile(context));

    private static string RequireFile(CommandContext context)
    {
        var path = Path.GetFullPath(context.DatabasePath);
        return Directory.Exists(path)
            ? throw new CliException(ExitCode.DatabaseMissing,
                $"{path} is a directory, not a database file (Storage:Path, {SourceOfPath(context)}, names the file, e.g. {Path.Combine(path, "crm.db")})")
            : path;
    }

    private static DatabaseLease Open(CommandContext context, string path)
    {
        try
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var options = context.Settings?.ToCoreOptions() ?? new CrmCoreOptions();
            options.DatabasePath = path;
            options.Warn = change => context.Error.WriteLine("crm: warning: " + change);
            return new DatabaseLease(CrmCore.Open(options, context.Clock), owned: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Permissions or a full disk: the environment's to fix, so one line naming the file rather than a stack trace.
            throw new CliException(ExitCode.Failure, $"cannot open the database {path}: {e.Message}");
        }
        catch (LiteDB.LiteException e)
        {
            throw new CliException(ExitCode.NotADatabase, $"{path} cannot be read as a CrmIntegration database: {e.Message}");
        }
    }

    private static string SourceOfPath(CommandContext context) =>
        context.Settings is { } settings ? "from " + settings.SourceOf("Storage:Path") : "given to the command";
}
