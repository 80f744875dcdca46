using CrmIntegration.Core;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// Opens the core over the <c>--db</c> file. Opening takes the store's exclusive lock first, so a
/// database held by another process is refused (core fault 90, exit code DatabaseInUse) before a
/// byte of it is read or written; a database held by a running server never gets here, since the
/// command was handed to that server (<see cref="HandOff.ServerHandOff"/>), where the lease is the
/// server's own open core.
/// </summary>
internal static class DatabaseAccess
{
    private const int HeaderSignatureOffset = 32;
    private const byte LiteDbFileVersion = 8;
    private static readonly byte[] HeaderSignature = "** This is a LiteDB file **"u8.ToArray();

    /// <summary>For commands that only make sense on an existing database: never creates a file.</summary>
    public static DatabaseLease OpenExisting(CommandContext context) =>
        context.Hosted is { } hosted ? new DatabaseLease(hosted.Core, owned: false) : Open(context, RequireExisting(context));

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

    /// <summary>
    /// LiteDB takes a file that is not one of its databases for a new one and overwrites it; so an
    /// existing file must show LiteDB's header (the signature at byte 32 and file version 8).
    /// </summary>
    private static void EnsureLiteDbFile(string path)
    {
        var header = new byte[HeaderSignatureOffset + HeaderSignature.Length + 1];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        var signature = header.AsSpan(HeaderSignatureOffset, HeaderSignature.Length);
        if (read < header.Length || !signature.SequenceEqual(HeaderSignature) || header[^1] != LiteDbFileVersion)
        {
            throw new CliException(ExitCode.NotADatabase,
                $"{path} is not a CrmIntegration (LiteDB 5) database; it was left untouched");
        }
    }

    /// <summary>For commands that create data: makes the file and its directory when missing.</summary>
    public static DatabaseLease OpenOrCreate(CommandContext context)
    {
        if (context.Hosted is { } hosted)
        {
            return new DatabaseLease(hosted.Core, owned: false);
        }

        var path = Path.GetFullPath(context.DatabasePath);
        if (Directory.Exists(path))
        {
            throw new CliException(ExitCode.DatabaseMissing, $"{path} is a directory, not a database file (--db names the file)");
        }

        return Open(context, path);
    }

    private static DatabaseLease Open(CommandContext context, string path)
    {
        if (File.Exists(path))
        {
            EnsureLiteDbFile(path);
        }

        context.Cancellation.ThrowIfCancellationRequested();
        return new DatabaseLease(CrmCore.Open(new CrmCoreOptions { DatabasePath = path, Mail = MailSettings.FromEnvironment() }, context.Clock), owned: true);
    }
}
