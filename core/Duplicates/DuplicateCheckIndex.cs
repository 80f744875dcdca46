using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Duplicates;

/// <summary>
/// A <see cref="CandidateMatcher"/> over the store's live records of <see cref="DuplicateModules.All"/>
/// (converted leads left out as history), built once and
/// then kept current from the store's change log (<see cref="ICrmStore.RecordChangesSince"/>), so a
/// duplicate check costs a lookup, not a scan, and sees every committed write whoever made it.
/// </summary>
/// <remarks>
/// The matcher only grows, so each indexed version of a record goes in under an id of its own
/// (<see cref="Generation"/>); a hit on a version that is no longer the record's current one is
/// dropped. Versions whose match keys did not change (a status update) are not re-indexed. When
/// dropped versions reach a tenth of the index (they still count in the frequency table and block
/// sizes), a background build replaces it. A check holds no lock while it calls the store and never
/// waits for another thread's catch-up, so a check made inside a store transaction cannot deadlock;
/// <see cref="Warm"/>, called outside transactions, lets one caller catch up for all.
/// </remarks>
internal sealed partial class DuplicateCheckIndex(ICrmStore store, MatchingOptions options)
{
    private readonly Lock _catchingUp = new();
    private Generation? _current;
    private int _rebuilding;

    // Records of the open transaction (AddUncommitted), kept to be added again should a background
    // rebuild swap the generation before they commit: the rebuild's scan cannot see them.
    private readonly Dictionary<RecordKey, CrmRecord> _uncommitted = [];
    private long _uncommittedAt = -1;
    private Generation? _uncommittedIn;

    /// <summary>Existing live records the candidate duplicates, best first; never the candidate itself.</summary>
    public IReadOnlyList<(RecordKey Key, double Score, string Rule)> Match(CrmRecord candidate) => Fresh().Match(candidate);

    /// <summary>
    /// Adds a record written in the caller's open transaction, which the change log shows only once it
    /// commits, so that the next check in the same transaction (the next lead of a group commit)
    /// already matches it. Should the transaction roll back, the entry points at a record that does
    /// not exist, and checks drop such hits (<see cref="DuplicateCheck.Check"/> reads every hit back).
    /// </summary>
    public void AddUncommitted(CrmRecord record)
    {
        if (!IsTarget(record.Module))
        {
            return;
        }

        var generation = Fresh();
        lock (_uncommitted)
        {
            if (_uncommittedAt != store.RecordVersion)
            {
                // Everything noted before is committed (or rolled back) by now: the log has it.
                _uncommitted.Clear();
                _uncommittedAt = store.RecordVersion;
            }

            var key = new RecordKey(record.Module, record.Id);
            _uncommitted[key] = record.Clone();
            generation.Apply(generation.Version, generation.Version, new Dictionary<RecordKey, CrmRecord?> { [key] = record });
            _uncommittedIn = generation;
        }
    }

    /// <summary>
    /// Builds the index, or brings it up to date, now rather than in the next check. One caller at a
    /// time: the others wait for it and then find the index current, instead of each reading the same
    /// backlog again (or, further behind than the change log reaches, each scanning every record,
    /// which under 16 concurrent submitters once stalled intake for seconds). For callers outside a
    /// store transaction only: the caller it waits for needs the store.
    /// </summary>
    public void Warm()
    {
        lock (_catchingUp)
        {
            Fresh();
        }
    }

    public int Count => Volatile.Read(ref _current)?.Count ?? 0;

    private Generation Fresh()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            if (generation is null)
            {
                Interlocked.CompareExchange(ref _current, Build(), null);
                continue;
            }

            if (generation.NeedsRebuild && Interlocked.CompareExchange(ref _rebuilding, 1, 0) == 0)
            {
                // The current generation stays correct meanwhile (stale versions are filtered out), so
                // callers keep using it while one background build replaces it.
                _ = Task.Run(() => Rebuild(generation));
            }

            var from = generation.Version;
            if (from >= store.RecordVersion)
            {
                CarryUncommitted(generation);
                return generation;
            }

            if (store.RecordChangesSince(from) is not { } changes)
            {
                // Further behind than the log reaches: start over.
                Interlocked.CompareExchange(ref _current, Build(), generation);
                continue;
            }

            var written = new Dictionary<RecordKey, CrmRecord?>();
            foreach (var key in changes.Records)
            {
                if (IsTarget(key.Module) && !written.ContainsKey(key))
                {
                    written[key] = store.Get(key.Module, key.Id);
                }
            }

            // A renamed (or new, or deleted) account changes the company of its contacts.
            foreach (var contactId in generation.ContactsOfChangedAccounts(written))
            {
                var key = new RecordKey("Contacts", contactId);
                if (!written.ContainsKey(key))
                {
                    written[key] = store.Get(key.Module, key.Id);
                }
            }

            generation.Apply(from, changes.Version, written);
        }
    }

    private void CarryUncommitted(Generation generation)
    {
        lock (_uncommitted)
        {
            if (_uncommittedIn is null || _uncommittedIn == generation || _uncommittedAt != store.RecordVersion)
            {
                return;
            }

            // Applied before the generation is marked as holding them, under the lock: a check that
            // finds the mark must find the records too.
            generation.Apply(generation.Version, generation.Version, _uncommitted.ToDictionary(p => p.Key, p => (CrmRecord?)p.Value));
            _uncommittedIn = generation;
        }
    }

    private void Rebuild(Generation replaced)
    {
        try
        {
            Interlocked.CompareExchange(ref _current, Build(), replaced);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The store closed under the build (shutdown); the next caller that still finds the
            // generation over its limit tries again.
        }
        finally
        {
            Volatile.Write(ref _rebuilding, 0);
        }
    }

    private Generation Build()
    {
        // The version is read before the scan: writes committed during it are applied again afterwards.
        var version = store.RecordVersion;
        var generation = new Generation(options, version);
        var records = new Dictionary<RecordKey, CrmRecord?>();
        foreach (var module in DuplicateModules.All)
        {
            foreach (var record in store.Scan(module))
            {
                if (Generation.TakesPart(record))
                {
                    records[new RecordKey(record.Module, record.Id)] = record;
                }
            }
        }

        generation.Apply(version, version, records);
        return generation;
    }

    private static bool IsTarget(string module) => DuplicateModules.Contains(module);
}
