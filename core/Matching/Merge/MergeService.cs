using System.Globalization;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Merges any number of records into one and undoes merges. Each merge and each undo runs in one
/// store transaction, so a failure leaves nothing half-done, and each merge leaves a journal entry
/// from which undo restores records, keys and rows exactly. Losers are soft-deleted with
/// <c>merged_into</c> set, never removed. Every record is written through the record write path
/// (<see cref="RecordService"/>): one stamp and one audit write per changed record, the module's
/// rules (a lead's match keys follow the emails and phones it gained), assignment mail.
/// Undo is in <c>MergeService.Undo.cs</c>.
/// </summary>
public sealed partial class MergeService(ICrmStore store, ModuleRegistry registry, AccessPolicy access, RecordService records, TimeProvider clock)
{
    /// <summary>The audit field under which a master's entry lists the records merged into it.</summary>
    public const string MergedFrom = "merged_from";

    private const string MergeSequence = "merges";

    private readonly MergePlanner _planner = new(store, registry, access);

    /// <summary>The dry run: what <see cref="Merge"/> would do now, with nothing written.</summary>
    /// <exception cref="CrmException">As <see cref="MergePlanner.Plan"/>.</exception>
    public MergePlan Preview(CrmUser user, MergeRequest request) => _planner.Plan(user, request, Now());

    /// <summary>Merges the records and returns the merge id that <see cref="Undo"/> takes.</summary>
    /// <exception cref="CrmException">As <see cref="MergePlanner.Plan"/>.</exception>
    public MergeResult Merge(CrmUser user, MergeRequest request) =>
        store.InTransaction(() =>
        {
            // Planned inside the transaction, so what is journalled is exactly what was read.
            var now = Now();
            var plan = _planner.Plan(user, request, now);
            var mergeId = "M-" + store.NextSequence(MergeSequence).ToString("D6", CultureInfo.InvariantCulture);
            var module = registry.Get(plan.Module);

            // The audit trail links both ways: each loser names its master, the master its losers.
            var images = new List<MergeRecordImage>
            {
                Write(plan.Master, Absorb(plan), user, now, new AuditNote(MergedFrom, null, $"{string.Join(", ", plan.LoserIds)} ({mergeId})")),
            };
            images.AddRange(plan.Losers.Select(loser =>
                Write(loser, Retire(loser, plan.MasterId), user, now, new AuditNote(MergeFields.MergedInto, null, $"{plan.MasterId} ({mergeId})"))));
            var keys = Repoint(plan.Keys, user, now);
            foreach (var row in plan.Rows)
            {
                store.SaveRelationshipRow(row.After);
            }

            var journal = new MergeJournal(mergeId, module.Name, plan.MasterId, plan.LoserIds, user.Id, now)
            {
                MasterRule = plan.MasterRule,
                Records = images,
                Keys = keys,
                Rows = plan.Rows,
            };
            store.SaveMergeJournal(journal);
            return new MergeResult(mergeId, plan, journal);
        });

    /// <summary>One merge's journal entry, or null.</summary>
    public MergeJournal? Find(string mergeId) => store.GetMergeJournal(mergeId.Trim());

    /// <summary>Every merge, newest first.</summary>
    public IReadOnlyList<MergeJournal> List(string? module = null) => store.ListMergeJournals(module);

    private static CrmRecord Absorb(MergePlan plan)
    {
        var master = plan.Master.Clone();
        foreach (var change in plan.MasterChanges)
        {
            master[change.Field] = change.After;
        }

        return master;
    }

    private static CrmRecord Retire(CrmRecord loser, string masterId)
    {
        var retired = loser.Clone();
        retired[CommonFields.Deleted] = "1";
        retired[MergeFields.MergedInto] = masterId;
        return retired;
    }

    /// <summary>Writes a merged record (master or loser) through the write path, returning both images.</summary>
    private MergeRecordImage Write(CrmRecord before, CrmRecord after, CrmUser user, DateTime now, AuditNote note)
    {
        var stored = records.Write(new RecordChange(user, before, after) { NowUtc = now, Notes = [note] });
        return new MergeRecordImage(stored.Module, before.Id, Image(before), Image(stored));
    }

    /// <summary>Re-points keys record by record; the stamps each record gets are journalled beside its keys.</summary>
    private List<MergeKeyChange> Repoint(IReadOnlyList<MergeKeyChange> keys, CrmUser user, DateTime now)
    {
        var journalled = new List<MergeKeyChange>();
        foreach (var group in keys.GroupBy(k => (k.Module, k.RecordId)))
        {
            var before = store.Get(group.Key.Module, group.Key.RecordId)!;
            var after = before.Clone();
            foreach (var key in group)
            {
                after[key.Field] = key.After;
            }

            var stored = records.Write(new RecordChange(user, before, after) { NowUtc = now });
            journalled.AddRange(group);
            journalled.AddRange(StampFields.Select(f => new MergeKeyChange(stored.Module, before.Id, f, before[f], stored[f])));
        }

        return journalled;
    }

    private static readonly string[] StampFields = [CommonFields.DateModified, CommonFields.ModifiedUserId];

    private static Dictionary<string, string?> Image(CrmRecord record) =>
        record.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    // Whole seconds, as records store them, so a journalled row time equals the stored one.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }
}
