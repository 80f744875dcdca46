namespace CrmIntegration.Server.Admin;

/// <summary>The <c>crm</c> commands running on this server, so Ctrl+C at the caller can cancel one by its id.</summary>
public sealed class RunningCommands
{
    private readonly Dictionary<string, Entry> _running = new(StringComparer.Ordinal);

    /// <summary>A command in progress: its id, what was asked (passwords masked), and the token that cancels it.</summary>
    public sealed record Entry(string Id, string CommandLine, CancellationTokenSource Cancellation);

    public IReadOnlyCollection<Entry> All
    {
        get
        {
            lock (_running)
            {
                return [.. _running.Values];
            }
        }
    }

    /// <summary>Registers a command; its token is cancelled by <see cref="Cancel"/> or when any of <paramref name="linked"/> is.</summary>
    public Entry Start(IEnumerable<string> arguments, params CancellationToken[] linked)
    {
        var entry = new Entry(Guid.NewGuid().ToString("N"), string.Join(' ', Masked(arguments)),
            CancellationTokenSource.CreateLinkedTokenSource(linked));
        lock (_running)
        {
            _running[entry.Id] = entry;
        }

        return entry;
    }

    /// <summary>Asks a running command to stop; false when there is none with that id (or it has just ended).</summary>
    public bool Cancel(string id)
    {
        // Under the lock, so Finish cannot dispose the token between finding the command and cancelling it.
        lock (_running)
        {
            if (!_running.TryGetValue(id, out var entry))
            {
                return false;
            }

            entry.Cancellation.Cancel();
            return true;
        }
    }

    public void Finish(Entry entry)
    {
        lock (_running)
        {
            _running.Remove(entry.Id);
        }

        entry.Cancellation.Dispose();
    }

    /// <summary>
    /// The arguments with the value of every password option replaced by <c>***</c> (<c>--password X</c>
    /// and <c>--password=X</c>), so a command line can be logged without the password typed into it.
    /// </summary>
    public static IEnumerable<string> Masked(IEnumerable<string> arguments)
    {
        var maskNext = false;
        foreach (var argument in arguments)
        {
            if (maskNext)
            {
                maskNext = false;
                yield return "***";
                continue;
            }

            var name = argument.Split('=', 2)[0];
            var isPassword = name.StartsWith("--", StringComparison.Ordinal) && name.EndsWith("password", StringComparison.Ordinal);
            if (isPassword && name.Length < argument.Length)
            {
                yield return name + "=***";
                continue;
            }

            maskNext = isPassword;
            yield return argument;
        }
    }
}
