using System.Diagnostics;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// An exclusive lock beside the database file, held for as long as the store is open. LiteDB's own
/// file sharing does not stop a second process on Linux, and two writers would corrupt the file,
/// so the CLI and the server both take this lock and the loser gets a message naming the holder.
/// The OS drops the lock when the holder dies, so a crash never leaves the database locked.
/// The holder's description goes into a separate file because the locked one cannot be read.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _holderPath;

    private StoreLock(FileStream stream, string holderPath)
    {
        _stream = stream;
        _holderPath = holderPath;
    }

    public static StoreLock Acquire(string databasePath)
    {
        var holderPath = databasePath + ".holder";
        FileStream stream;
        try
        {
            stream = OwnerOnly.Open(databasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite);
        }
        catch (IOException)
        {
            var holder = File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : "";
            throw CrmException.DatabaseInUse(databasePath, holder.Length > 0 ? holder : "unknown process");
        }

        OwnerOnly.WriteAllText(holderPath, $"pid {Environment.ProcessId}, {Process.GetCurrentProcess().ProcessName}\n");
        return new StoreLock(stream, holderPath);
    }

    /// <summary>
    /// Whether another process holds the lock right now. Probes by taking it for an instant, so it
    /// can be wrong a moment later; callers use it to choose a path, and opening still takes the lock.
    /// </summary>
    public static bool IsHeld(string databasePath)
    {
        try
        {
            using var probe = new FileStream(databasePath + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // Not ours to open (another account's data): opening it says so in one line.
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        File.Delete(_holderPath);
        _stream.Dispose();
    }
}
