using System.Diagnostics;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage.Transfer;

/// <summary>
/// Moves an installation from one store to another (<c>crm db copy</c>, LiteDB ⇄ PostgreSQL): every
/// module's records, relationships, the audit trail, merge journals, the mail queue and the named
/// sequences, in batches with progress, then checks the result — each module's count and checksum
/// read back from the target, and the counts of everything else. Records are copied as stored
/// (ids, dates, creators unchanged; no rules run, no audit written, no mail queued). Sessions and
/// job history are not moved: users log in again, and the jobs' schedules start afresh.
/// </summary>
public static class StoreTransfer
{
    /// <summary>Records, rows or entries written per transaction.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>, which should hold no data.</summary>
    /// <param name="source">The store read from (left as it is).</param>
    /// <param name="target">The store written to.</param>
    /// <param name="registry">The modules both stores keep.</param>
    /// <param name="cancellation">Stops the copy between batches (what was written stays written).</param>
    /// <param name="report">Told (part, done, total) as the copy goes; parts are module names, then "relationships", "audit", "merge journals", "mail", "checking".</param>
    public static TransferReport Copy(ICrmStore source, ICrmStore target, ModuleRegistry registry,
        Action<string, long, long?>? report = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(registry);
        var from = Transfer(source);
        var to = Transfer(target);
        var clock = Stopwatch.StartNew();

        foreach (var module in registry.Modules)
        {
            var total = source.Count(module.Name);
            CopyInBatches(source.Scan(module.Name), target.InsertMany, module.Name, total, report, cancellation);
        }

        var relationships = CopyInBatches(from.ScanRelationshipRows(), to.SaveRelationshipRows, "relationships", null, report, cancellation);
        var audit = CopyInBatches(from.ScanAudit(), target.AppendAudit, "audit", null, report, cancellation);
        var merges = CopyInBatches(source.ListMergeJournals(), batch => batch.ToList().ForEach(target.SaveMergeJournal), "merge journals", null, report, cancellation);
        var mail = CopyInBatches(source.ListMail(null, int.MaxValue), batch => batch.ToList().ForEach(target.EnqueueMail), "mail", null, report, cancellation);
        to.SetSequences(from.ReadSequences());
        var copied = clock.Elapsed;

        var checks = registry.Modules.Select(m =>
        {
            report?.Invoke("checking", 0, null);
            cancellation.ThrowIfCancellationRequested();
            return new ModuleCheck(m.Name, RecordChecksum.Of(source.Scan(m.Name)), RecordChecksum.Of(target.Scan(m.Name)));
        }).ToList();
        var counts = new[]
        {
            new CountCheck("relationships", relationships, to.ScanRelationshipRows().LongCount()),
            new CountCheck("audit entries", audit, to.ScanAudit().LongCount()),
            new CountCheck("merge journals", merges, target.ListMergeJournals().Count),
            new CountCheck("mails", mail, target.ListMail(null, int.MaxValue).Count),
        };
        return new TransferReport(checks, counts, copied, clock.Elapsed - copied);
    }

    private static IStoreTransfer Transfer(ICrmStore store) =>
        store as IStoreTransfer ?? throw new NotSupportedException($"{store.GetType().Name} cannot be copied from or to (it does not implement IStoreTransfer)");

    private static long CopyInBatches<T>(IEnumerable<T> items, Action<IReadOnlyList<T>> write, string part, long? total,
        Action<string, long, long?>? report, CancellationToken cancellation)
    {
        long done = 0;
        report?.Invoke(part, 0, total);
        foreach (var batch in items.Chunk(BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            write(batch);
            done += batch.Length;
            report?.Invoke(part, done, total);
        }

        return done;
    }
}

/// <summary>What a copy moved and whether the target matches the source.</summary>
/// <param name="Modules">Each module's records and checksum, both sides.</param>
/// <param name="Counts">Relationships, audit entries, merge journals and mails: copied and found in the target.</param>
/// <param name="Copying">How long the writing took.</param>
/// <param name="Checking">How long reading both sides back took.</param>
public sealed record TransferReport(IReadOnlyList<ModuleCheck> Modules, IReadOnlyList<CountCheck> Counts, TimeSpan Copying, TimeSpan Checking)
{
    public long Records => Modules.Sum(m => (long)m.Source.Records);

    public double RecordsPerSecond => Copying.TotalSeconds > 0 ? Records / Copying.TotalSeconds : 0;

    public bool Matches => Modules.All(m => m.Matches) && Counts.All(c => c.Matches);
}

/// <summary>A module's records in the source and in the target.</summary>
public sealed record ModuleCheck(string Module, RecordChecksum Source, RecordChecksum Target)
{
    public bool Matches => Source == Target;
}

/// <summary>How many rows of a kind were copied and how many the target holds.</summary>
public sealed record CountCheck(string Name, long Copied, long InTarget)
{
    public bool Matches => Copied == InTarget;
}
