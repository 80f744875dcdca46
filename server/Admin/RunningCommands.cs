using System.Collections.Concurrent;

namespace CrmIntegration.Server.Admin;

/// <summary>The <c>crm</c> commands running on this server, so Ctrl+C at the caller can cancel one by its id.</summary>
public sealed class RunningCommands
{
    private readonly ConcurrentDictionary<string, Entry> _running = new(StringComparer.Ordinal);

    /// <summary>A command in progress: its id, what was asked, and the token that cancels it.</summary>
    public sealed record Entry(string Id, string Caller, string CommandLine, DateTimeOffset Started, CancellationTokenSource Cancellation);

    public IReadOnlyCollection<Entry> All => [.. _running.Values];

    /// <summary>Registers a command; its token is cancelled by <see cref="Cancel"/> or when any of <paramref name="linked"/> is.</summary>
    public Entry Start(string caller, IEnumerable<string> arguments, DateTimeOffset now, params CancellationToken[] linked)
    {
        var entry = new Entry(Guid.NewGuid().ToString("N"), caller, string.Join(' ', arguments), now,
            CancellationTokenSource.CreateLinkedTokenSource(linked));
        _running[entry.Id] = entry;
        return entry;
    }

    /// <summary>Asks a running command to stop; false when there is none with that id.</summary>
    public bool Cancel(string id)
    {
        if (!_running.TryGetValue(id, out var entry))
        {
            return false;
        }

        entry.Cancellation.Cancel();
        return true;
    }

    public void Finish(Entry entry)
    {
        _running.TryRemove(entry.Id, out _);
        entry.Cancellation.Dispose();
    }
}
