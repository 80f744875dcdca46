using CrmIntegration.Core;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Opens the core over the <c>--db</c> file. Opening takes the store's exclusive lock first, so a
/// database held by the server is refused (core fault 90, exit code DatabaseInUse) before a byte of
/// it is read or written; a file that is not a database is refused too (exit code NotADatabase).
/// </summary>
internal static class DatabaseAccess
{
    /// <summary>For commands that only make sense on an existing database: never creates a file.</summary>
    public static CrmCore OpenExisting(CommandContext context) => Open(context, RequireExisting(context));

    /// <summary>The full path of the database file, or exit code DatabaseMissing when there is none.</summary>
    public static string RequireExisting(CommandContext context)
    {
        var path = Path.GetFullPath(context.DatabasePath);
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCode.DatabaseMissing, $"{path} is a directory, not a database file (--db names the file)");
        }

        if (!File.Exists(path))
        {
            throw new CliException(ExitCode.DatabaseMissing,
                $"there is no database at {path}; pass --db or set {CommonOptions.DatabaseEnvironmentVariable}, or create it with 'crm users add'");
        }

        return path;
    }

    /// <summary>For commands that create data: makes the file and its directory when missing.</summary>
    public static CrmCore OpenOrCreate(CommandContext context)
    {
        var path = Path.GetFullPath(context.DatabasePath);
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCode.DatabaseMissing, $"{path} is a directory, not a database file (--db names the file)");
        }

        return Open(context, path);
    }

    /// <summary>
    /// The store refuses a file that is not a database (core's NotADatabase: exit code NotADatabase)
    /// before LiteDB could overwrite it.
    /// </summary>
    private static CrmCore Open(CommandContext context, string path)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        return CrmCore.Open(new CrmCoreOptions { DatabasePath = path, Mail = MailSettings.FromEnvironment() }, context.Clock);
    }
}
