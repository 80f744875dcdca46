namespace CrmIntegration.Core.Storage;

/// <summary>
/// Owner-only access for what the CRM keeps on disk: the database holds password hashes and
/// customer data, the outbox whole mails. Directories are made 0700 and files 0600 as they are
/// created; existing ones that others may read are tightened when the store opens, and the host is
/// told (<see cref="CrmCoreOptions.Warn"/>). No-ops on Windows, where ACLs are inherited instead.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode DirectoryPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupAndOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The outbox's name beside the database (<see cref="CrmCoreOptions.OutboxDirectory"/>).</summary>
    private const string Outbox = "outbox";

    /// <summary>Creates <paramref name="path"/> and any missing parent as 0700 (existing ones are left as they are).</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, DirectoryPermissions);
    }

    /// <summary>A file stream whose file, when this creates it, is 0600.</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share = FileShare.None,
        int bufferSize = 4096, FileOptions options = FileOptions.None)
    {
        var settings = new FileStreamOptions { Mode = mode, Access = access, Share = share, BufferSize = bufferSize, Options = options };
        if (!OperatingSystem.IsWindows() && mode is FileMode.CreateNew or FileMode.Create or FileMode.OpenOrCreate or FileMode.Append)
        {
            settings.UnixCreateMode = FilePermissions;
        }

        return new FileStream(path, settings);
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8) to a file that is 0600 when created here.</summary>
    public static void WriteAllText(string path, string text)
    {
        using var writer = new StreamWriter(Open(path, FileMode.Create, FileAccess.Write));
        writer.Write(text);
    }

    /// <summary>
    /// Writes <paramref name="text"/> to a new 0600 file beside <paramref name="path"/> and moves it
    /// into place, so a reader sees the whole file or none, and a file left there before (with
    /// another owner or mode) is never reused.
    /// </summary>
    public static void ReplaceAllText(string path, string text)
    {
        var temporary = path + ".tmp";
        File.Delete(temporary);
        using (var writer = new StreamWriter(Open(temporary, FileMode.CreateNew, FileAccess.Write)))
        {
            writer.Write(text);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> (replaced if there), flushed to disk, 0600.</summary>
    public static void Copy(string source, string destination)
    {
        File.Delete(destination);
        using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var to = Open(destination, FileMode.CreateNew, FileAccess.Write, options: FileOptions.SequentialScan);
        from.CopyTo(to, 1 << 20);
        to.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Before the store opens <paramref name="databasePath"/>: creates its directory 0700, or
    /// tightens an existing one that others may enter (only when it holds nothing but the CRM's
    /// files: a directory shared with other things is the administrator's to change, and is only
    /// reported), and tightens the database's own files beside it.
    /// </summary>
    public static void PrepareDataDirectory(string databasePath, Action<string>? warn)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        if (!Directory.Exists(directory))
        {
            CreateDirectory(directory);
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var stem = Path.GetFileNameWithoutExtension(databasePath);
        if (IsOpen(directory))
        {
            if (Directory.EnumerateFileSystemEntries(directory).All(e => IsCrmEntry(Path.GetFileName(e), stem)))
            {
                Report(Tighten(directory), warn);
            }
            else
            {
                warn?.Invoke($"the data directory {directory} ({Octal(File.GetUnixFileMode(directory))}) may be read by others and holds files "
                    + "that are not the CRM's, so it was left as it is: give the database a directory of its own");
            }
        }

        foreach (var file in Directory.EnumerateFiles(directory, stem + "*"))
        {
            Report(Tighten(file), warn);
        }
    }

    /// <summary>Tightens an existing pickup directory and the mails in it (it is the CRM's own).</summary>
    public static void PrepareOutbox(string outboxDirectory, Action<string>? warn)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(outboxDirectory))
        {
            return;
        }

        Report(Tighten(outboxDirectory), warn);
        foreach (var file in Directory.EnumerateFiles(outboxDirectory))
        {
            Report(Tighten(file), warn);
        }
    }

    /// <summary>Takes every group and other permission off <paramref name="path"/>; says what it did, or null when there was nothing to do.</summary>
    public static string? Tighten(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupAndOthers) == 0)
            {
                return null;
            }

            var tightened = mode & ~GroupAndOthers;
            File.SetUnixFileMode(path, tightened);
            return $"{path} was open to others ({Octal(mode)}); it is now owner-only ({Octal(tightened)})";
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"{path} may be open to others and could not be made owner-only: {e.Message}";
        }
    }

    private static bool IsOpen(string path) => !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupAndOthers) != 0;

    /// <summary>The database and its companions (<c>crm.db</c>, <c>crm-log.db</c>, <c>crm.db.lock</c>, …), the outbox, logs.</summary>
    private static bool IsCrmEntry(string name, string stem) =>
        name.StartsWith(stem, StringComparison.Ordinal) || name == Outbox || name.EndsWith(".log", StringComparison.Ordinal);

    private static void Report(string? change, Action<string>? warn)
    {
        if (change is not null)
        {
            warn?.Invoke(change);
        }
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode, 8).PadLeft(3, '0');
}
