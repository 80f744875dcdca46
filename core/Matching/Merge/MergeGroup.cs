using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Loads and checks the records a merge names: live, of one module, not converted leads (history,
/// see <see cref="DuplicateModules"/>). Every refusal names the offending ids, so a script merging
/// thousands of groups can tell which group failed and why.
/// </summary>
internal static class MergeGroup
{
    public static IReadOnlyList<CrmRecord> Load(ICrmStore store, ModuleRegistry registry, ModuleDefinition module, MergeRequest request)
    {
        var ids = request.Ids.Select(i => i?.Trim() ?? "").Where(i => i.Length > 0).ToList();
        var repeated = ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw CrmException.MergeRepeatedIds(module.Name, repeated);
        }

        if (ids.Count < 2)
        {
            throw CrmException.MergeNeedsTwo(module.Name, ids.Count);
        }

        var records = ids.Select(id => (Id: id, Record: store.Get(module.Name, id))).ToList();
        var missing = records.Where(r => r.Record is null).Select(r => r.Id).ToList();
        if (missing.Count > 0)
        {
            ThrowMissing(store, registry, module, missing);
        }

        var dead = records.Select(r => r.Record!).Where(r => r.IsDeleted).Select(Why).ToList();
        if (dead.Count > 0)
        {
            throw CrmException.MergeRecordsNotLive(module.Name, dead);
        }

        var converted = records.Select(r => r.Record!).Where(DuplicateModules.IsHistory).Select(Converted).ToList();
        if (converted.Count > 0)
        {
            // A converted lead chosen to survive would carry its conversion (contact_id, status) into
            // a lead that was never converted; as a loser it would hand them on. Either way: refused.
            throw CrmException.MergeConvertedLeads(converted);
        }

        var master = request.MasterId?.Trim();
        if (!string.IsNullOrEmpty(master) && !ids.Contains(master, StringComparer.OrdinalIgnoreCase))
        {
            throw CrmException.MergeMasterNotInGroup(module.Name, master, ids);
        }

        return records.Select(r => r.Record!).ToList();
    }

    private static void ThrowMissing(ICrmStore store, ModuleRegistry registry, ModuleDefinition module, List<string> missing)
    {
        // An id of another module is a likelier mistake than a typo; say which module it belongs to.
        var elsewhere = missing
            .Select(id => (Id: id, Module: registry.Modules.FirstOrDefault(m =>
                MergeFields.CanMerge(m) && m.Name != module.Name && store.Get(m.Name, id) is not null)))
            .Where(x => x.Module is not null)
            .Select(x => $"{x.Id} ({x.Module!.Name})")
            .ToList();
        throw elsewhere.Count > 0
            ? CrmException.MergeMixedModules(module.Name, elsewhere)
            : CrmException.MergeUnknownRecords(module.Name, missing);
    }

    private static string Converted(CrmRecord lead) =>
        $"{lead.Id} was converted (contact {Show(lead["contact_id"])}, account {Show(lead["account_id"])})";

    private static string Show(string? id) => string.IsNullOrEmpty(id) ? "none" : id;

    private static string Why(CrmRecord record) =>
        record[MergeFields.MergedInto] is { Length: > 0 } into
            ? $"{record.Id} was already merged into {into}"
            : $"{record.Id} is deleted";
}
