namespace CrmIntegration.Core.Storage;

/// <summary>Files that hold customer data and password hashes are readable by their owner only (0600).</summary>
internal static class OwnerOnlyFile
{
    /// <summary>Copies <paramref name="source"/> to a new file <paramref name="destination"/> created 0600 (replaced if there).</summary>
    public static void Copy(string source, string destination)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Options = FileOptions.SequentialScan };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var to = new FileStream(destination, options))
        {
            from.CopyTo(to, 1 << 20);
            to.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode is only applied to a file that did not exist yet.
            File.SetUnixFileMode(destination, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
