using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

public sealed partial class MergeService
{
    /// <summary>
    /// Reverses a merge: the master and the losers get their before-images back (losers undeleted,
    /// <c>merged_into</c> cleared), re-parented keys and rows point where they did. Refused when a
    /// later change would be overwritten, unless <paramref name="force"/>; then the overwritten
    /// changes are reported in the result.
    /// </summary>
    /// <exception cref="CrmException">1001 unknown merge, already undone, or changed since (without force); 40 not allowed.</exception>
    public UndoResult Undo(CrmUser user, string mergeId, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(mergeId);
        return store.InTransaction(() =>
        {
            var journal = store.GetMergeJournal(mergeId.Trim()) ?? throw CrmException.UnknownMerge(mergeId.Trim());
            if (journal.UndoneUtc is { } undone)
            {
                throw CrmException.MergeAlreadyUndone(journal.MergeId, undone, journal.UndoneBy);
            }

            EnsureCanUndo(user, journal);
            var conflicts = UndoConflicts.Find(store, journal);
            if (conflicts.Count > 0 && !force)
            {
                throw CrmException.MergeChangedSince(journal.MergeId, conflicts);
            }

            var now = Now();
            foreach (var image in journal.Records)
            {
                Restore(image, user, now);
            }

            var related = RestoreKeys(journal.Keys, user, now);
            foreach (var row in journal.Rows)
            {
                store.SaveRelationshipRow(row.Before);
            }

            store.SaveMergeJournal(journal with { UndoneUtc = now, UndoneBy = user.Id });
            return new UndoResult(journal.MergeId, journal.Records.Count, related, journal.Rows.Count, conflicts);
        });
    }

    private void EnsureCanUndo(CrmUser user, MergeJournal journal)
    {
        access.EnsureModuleAccess(user, registry.Get(journal.Module));
        var involved = journal.Records.Select(r => (r.Module, r.Id))
            .Concat(journal.Keys.Select(k => (k.Module, Id: k.RecordId)))
            .Distinct();
        foreach (var (module, id) in involved)
        {
            if (store.Get(module, id) is { } record)
            {
                access.EnsureCanEdit(user, record);
            }
        }
    }

    /// <summary>The record's before-image, whole (its own stamps included), through the write path.</summary>
    private void Restore(MergeRecordImage image, CrmUser user, DateTime now)
    {
        var module = registry.Get(image.Module);
        var restored = new CrmRecord(module.Name, image.Before);
        var current = store.Get(module.Name, image.Id);

        // merged_into is the system's mark, outside the audited fields: its clearing is noted here.
        AuditNote[] notes = current?[MergeFields.MergedInto] is { Length: > 0 } into
            ? [new AuditNote(MergeFields.MergedInto, into, null)]
            : [];
        records.Write(new RecordChange(user, current, restored) { NowUtc = now, Restore = true, Notes = notes });
    }

    /// <summary>
    /// Puts keys back record by record. The stamps go back too when the record is as the merge left
    /// it; after a later edit they say who undid the merge and when instead.
    /// </summary>
    private int RestoreKeys(IReadOnlyList<MergeKeyChange> keys, CrmUser user, DateTime now)
    {
        var count = 0;
        foreach (var group in keys.GroupBy(k => (k.Module, k.RecordId)))
        {
            if (store.Get(group.Key.Module, group.Key.RecordId) is not { } current)
            {
                continue;
            }

            var restored = current.Clone();
            var untouched = group.All(k => (current[k.Field] ?? "") == (k.After ?? ""));
            foreach (var key in group.Where(k => untouched || !UndoConflicts.IsStamp(k.Field)))
            {
                restored[key.Field] = key.Before;
            }

            // As the merge left it: back to exactly what it was, stamps included. Changed since: a
            // new change, stamped by the write path with who undid the merge and when.
            records.Write(new RecordChange(user, current, restored) { NowUtc = now, Restore = untouched });
            count++;
        }

        return count;
    }
}
