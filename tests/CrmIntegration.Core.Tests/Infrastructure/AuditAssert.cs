using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Infrastructure;

/// <summary>
/// Every record of every module, taken before a write, to check afterwards that the write left
/// exactly one audit entry per record it changed: one audit write (one time, one user) naming every
/// audited field that changed, each once, and no audit at all for records it did not change or created.
/// </summary>
public sealed class AuditAssert
{
    /// <summary>Audit lines a write may add besides field changes (a merge's marks).</summary>
    private static readonly string[] Notes = ["merged_into", "merged_from"];

    private readonly CrmCore _core;
    private readonly Dictionary<(string Module, string Id), CrmRecord> _before;
    private readonly DateTime _sinceUtc;

    private AuditAssert(CrmCore core, DateTime sinceUtc)
    {
        _core = core;
        _sinceUtc = sinceUtc;
        _before = All(core).ToDictionary(r => (r.Module, r.Id));
    }

    /// <summary>Takes every record now; audit entries dated from <paramref name="sinceUtc"/> on count as the write's.</summary>
    public static AuditAssert Before(CrmCore core, DateTimeOffset sinceUtc) => new(core, sinceUtc.UtcDateTime);

    /// <summary>
    /// Checks the audit trail against what changed; returns the changed records (module and id) so a
    /// test can also check the write changed what it meant to.
    /// </summary>
    public IReadOnlyList<(string Module, string Id)> OneEntryPerChangedRecord(string userId)
    {
        var changed = new List<(string, string)>();
        foreach (var after in All(_core))
        {
            var entries = _core.Store.GetAudit(after.Module, after.Id).Where(e => e.DateUtc >= _sinceUtc).ToList();
            var label = $"{after.Module} {after.Id}";
            if (!_before.TryGetValue((after.Module, after.Id), out var before))
            {
                Assert.True(entries.Count == 0, $"{label} was created, which is not audited, yet has {entries.Count} audit entries");
                continue;
            }

            var module = _core.Registry.Get(after.Module);
            var fields = ChangedAuditedFields(module, before, after);
            if (fields.Count == 0 && !Same(before, after))
            {
                changed.Add((after.Module, after.Id));
            }

            if (fields.Count == 0)
            {
                Assert.True(entries.All(e => Notes.Contains(e.Field)), $"{label}: no audited field changed, yet audited {Show(entries)}");
                continue;
            }

            changed.Add((after.Module, after.Id));
            Assert.True(entries.Count > 0, $"{label} changed ({string.Join(", ", fields)}) but has no audit entry");
            Assert.True(entries.Select(e => (e.DateUtc, e.UserId)).Distinct().Count() == 1,
                $"{label}: one write must leave one audit entry, found several: {Show(entries)}");
            Assert.All(entries, e => Assert.Equal(userId, e.UserId));
            Assert.True(entries.Select(e => e.Field).Distinct(StringComparer.OrdinalIgnoreCase).Count() == entries.Count,
                $"{label}: a field audited twice in one write: {Show(entries)}");
            var audited = entries.Select(e => e.Field).Where(f => !Notes.Contains(f)).Order(StringComparer.Ordinal).ToList();
            Assert.True(fields.SequenceEqual(audited), $"{label}: changed {string.Join(", ", fields)} but audited {Show(entries)}");
            Assert.All(entries.Where(e => !Notes.Contains(e.Field)), e =>
                Assert.Equal((before[e.Field] ?? "", after[e.Field] ?? ""), (e.Before ?? "", e.After ?? "")));
        }

        return changed;
    }

    private static List<string> ChangedAuditedFields(ModuleDefinition module, CrmRecord before, CrmRecord after) =>
        module.Audited
            ? module.Fields
                .Where(f => (f.Audited && !f.System && !f.Sensitive) || f.Name == CommonFields.Deleted)
                .Where(f => (before[f.Name] ?? "") != (after[f.Name] ?? ""))
                .Select(f => f.Name)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static bool Same(CrmRecord a, CrmRecord b) =>
        a.Values.Keys.Concat(b.Values.Keys).All(k => (a[k] ?? "") == (b[k] ?? ""));

    private static IEnumerable<CrmRecord> All(CrmCore core) =>
        core.Registry.Modules.SelectMany(m => core.Store.Scan(m.Name)).ToList();

    private static string Show(IEnumerable<AuditEntry> entries) =>
        string.Join("; ", entries.Select(e => $"{e.Field} {e.Before}→{e.After} at {e.DateUtc:HH:mm:ss} by {e.UserId}"));
}
