using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Works out what a merge of any number of records will do, writing nothing: the master (given, or
/// by <see cref="MasterRule"/>), the master's field changes (<see cref="Survivorship"/>), every key
/// and row to re-point, and the records to soft-delete. A dry run is this plan, rendered.
/// </summary>
public sealed class MergePlanner(ICrmStore store, ModuleRegistry registry, AccessPolicy access)
{
    /// <exception cref="CrmException">
    /// 1001 fewer than 2 ids, repeated, unknown, deleted or merged ids, a master outside the group,
    /// ids of another module or a module that cannot merge; 20 unknown module; 40 a record the user may not change.
    /// </exception>
    public MergePlan Plan(CrmUser user, MergeRequest request, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var module = registry.Get(request.Module);
        access.EnsureModuleAccess(user, module);
        if (!MergeFields.CanMerge(module))
        {
            throw CrmException.ModuleCannotMerge(module.Name);
        }

        var records = MergeGroup.Load(store, registry, module, request);
        var (master, rule) = MasterRule.Choose(module, records, request.MasterId);
        var losers = records.Where(r => r != master)
            .OrderByDescending(r => r[CommonFields.DateModified] ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var loserIds = losers.Select(l => l.Id).ToList();
        var keys = new Reparenting(store, registry, module, master.Id, loserIds).Keys();
        foreach (var record in records.Concat(keys.Select(k => store.Get(k.Module, k.RecordId)).OfType<CrmRecord>()))
        {
            access.EnsureCanEdit(user, record);
        }

        return new MergePlan(module.Name, master.Id, rule, loserIds)
        {
            Records = [master, .. losers],
            MasterChanges = Survivorship.Changes(module, registry, master, losers),
            Keys = keys,
            Rows = new RowReparenting(store, registry, module, master.Id, loserIds).Rows(nowUtc),
        };
    }
}
