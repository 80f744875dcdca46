using System.Globalization;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Records;

/// <summary>
/// The one record write path. Every record write — <see cref="Save"/> (SOAP, CLI, relationships,
/// conversion), intake's <see cref="InsertPrepared"/>, and core's own changes through
/// <see cref="Write(RecordChange)"/> (merges and their undo, activity moves) — is stamped here
/// (<see cref="Stamp(CrmRecord, CrmUser, DateTime, bool)"/>), has the module's rules run here
/// (<see cref="RunRules"/>), and is committed here (<see cref="Commit"/>): stored through the store's
/// record writes (which feed its change sequence), one audit write per changed record with every
/// changed field, the assignment mail in the same transaction, then the rules' after-save steps.
/// One exception: a login's own bookkeeping on the user (failed attempts, lockout) is written by
/// <see cref="Security.AuthService"/> straight to the store, neither stamped nor audited, as
/// SugarCRM keeps it out of the user's change history.
/// </summary>
public sealed partial class RecordService
{
    /// <summary>
    /// Writes a change core makes on an authority its caller has checked (see <see cref="RecordChange"/>),
    /// in the caller's transaction if there is one. Returns the record as stored.
    /// </summary>
    internal CrmRecord Write(RecordChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var module = registry.Get(change.After.Module);
        var now = change.NowUtc ?? clock.GetUtcNow().UtcDateTime;
        var after = change.After;
        return store.InTransaction(() =>
        {
            if (!change.Restore)
            {
                Stamp(after, change.Actor, now, creating: change.Before is null);
                RunRules(change.Actor, after, change.Before, ChangedValues(change.Before, after));
            }

            Commit(change.Actor, module, change.Before, after, now, change.Notes, restoring: change.Restore);
            return after;
        });
    }

    /// <summary>
    /// Stores the record and does what follows every write; see the class summary. A record
    /// <c>restoring</c> is put back as it was (a merge's undo): it keeps its numbers, and nobody is
    /// mailed about an assignment they were told of when it was first made.
    /// </summary>
    private NotificationOutcome? Commit(CrmUser actor, ModuleDefinition module, CrmRecord? before, CrmRecord after, DateTime nowUtc,
        IReadOnlyList<AuditNote> notes, bool restoring = false)
    {
        if (before is null)
        {
            if (!restoring)
            {
                foreach (var field in module.Fields.Where(f => f.Type == FieldType.AutoIncrement))
                {
                    after[field.Name] = store.NextSequence($"{module.Name}.{field.Name}").ToString(CultureInfo.InvariantCulture);
                }
            }

            store.Insert(after);
        }
        else
        {
            store.Update(after);
        }

        // Creation is not audited (the record itself says who created it and when), as in SugarCRM.
        if (before is not null || notes.Count > 0)
        {
            var entries = before is not null && module.Audited ? AuditTrail.Changes(module, before, after, actor.Id, nowUtc) : [];
            entries.AddRange(notes.Select(n => new AuditEntry(module.Name, after.Id, n.Field, n.Before, n.After, actor.Id, nowUtc)));
            if (entries.Count > 0)
            {
                store.AppendAudit(entries);
            }
        }

        var mail = restoring ? null : notifier?.Notify(actor, before, after);
        foreach (var rule in RulesFor(module.Name))
        {
            rule.AfterSave(after);
        }

        return mail;
    }

    /// <summary>The audit fields every record carries: who changed it last and when, and on create who made it.</summary>
    private static void Stamp(CrmRecord record, CrmUser actor, DateTime nowUtc, bool creating)
    {
        var now = Stamp(nowUtc);
        record[CommonFields.DateModified] = now;
        record[CommonFields.ModifiedUserId] = actor.Id;
        if (creating)
        {
            record[CommonFields.DateEntered] = now;
            record[CommonFields.CreatedBy] = actor.Id;
        }
    }

    private static string Stamp(DateTime nowUtc) => nowUtc.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);

    /// <summary>The module's rules, inside the write's transaction, after the values are applied.</summary>
    private void RunRules(CrmUser user, CrmRecord record, CrmRecord? before, IReadOnlyDictionary<string, string?> input)
    {
        foreach (var rule in RulesFor(record.Module))
        {
            rule.BeforeSave(user, record, before, input);
        }
    }

    /// <summary>For core's own changes the rules see the changed fields as what was "sent".</summary>
    private static Dictionary<string, string?> ChangedValues(CrmRecord? before, CrmRecord after)
    {
        var changed = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, value) in after.Values)
        {
            if ((before?[field] ?? "") != (value ?? ""))
            {
                changed[field] = value;
            }
        }

        return changed;
    }
}
