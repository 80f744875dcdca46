using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Modules.Catalog;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Activities;

/// <summary>
/// A record's Notes, Calls, Meetings and Tasks as one chronological list (SugarCRM's History and
/// Activities subpanels, merged). Each activity is placed at the date a person would look for:
/// a call or meeting at its start, a task at its due date (its start, when it has no due date), a
/// note when it was written; any of them without that date at its creation. Oldest first; equal
/// dates by id, so the order is stable.
/// A converted lead or target also lists the activities conversion moved away from it
/// (<c>converted_from_id</c>), each showing the record it hangs from now.
/// </summary>
public sealed class ActivityHistory(ICrmStore store, ModuleRegistry registry, RecordService records, AccessPolicy access, UserDirectory users)
{
    private static readonly Dictionary<string, string[]> DateFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Calls"] = ["date_start"],
        ["Meetings"] = ["date_start"],
        ["Tasks"] = ["date_due", "date_start"],
        ["Notes"] = [],
    };

    /// <summary>The activities of one record that the user may read, oldest first.</summary>
    /// <exception cref="CrmException">
    /// 20 unknown module; 40 the user may not read the record (partners: only their own leads);
    /// 1000 a module without activities; 1001 unknown record.
    /// </exception>
    public IReadOnlyList<ActivityItem> For(CrmUser user, string module, string id)
    {
        ArgumentNullException.ThrowIfNull(user);
        var definition = records.Module(user, module);
        var activityModules = ActivityParents.ActivityModules(registry, definition.Name);
        if (activityModules.Count == 0)
        {
            throw CrmException.NoActivities(definition.Name);
        }

        var parent = records.Get(user, definition.Name, id) ?? throw CrmException.NoSuchRecord(definition.Name, id);
        return activityModules
            .SelectMany(m => Attached(m, parent).Concat(store.FindByKey(m, ActivityTemplate.ConvertedFromId, parent.Id)))
            .Where(a => !a.IsDeleted && access.CanRead(user, a))
            .DistinctBy(a => (a.Module, a.Id))
            .Select(ToItem)
            .OrderBy(i => i, Chronological)
            .ToList();
    }

    private IEnumerable<CrmRecord> Attached(string activityModule, CrmRecord parent) =>
        store.FindByKey(activityModule, CommonFields.ParentId, parent.Id)
            .Where(a => string.Equals(a[CommonFields.ParentType], parent.Module, StringComparison.OrdinalIgnoreCase));

    private ActivityItem ToItem(CrmRecord activity)
    {
        var dateField = DateFields.GetValueOrDefault(activity.Module, [])
            .FirstOrDefault(f => !string.IsNullOrEmpty(activity[f])) ?? CommonFields.DateEntered;
        var assigned = activity[CommonFields.AssignedUserId] ?? "";
        return new ActivityItem(
            activity.Module, activity.Id, activity["name"] ?? "", activity["status"] ?? "",
            activity[dateField] ?? "", dateField, assigned, users.Find(assigned)?.UserName ?? "",
            activity[CommonFields.ParentType] ?? "", activity[CommonFields.ParentId] ?? "");
    }

    private static readonly Comparer<ActivityItem> Chronological = Comparer<ActivityItem>.Create((a, b) =>
    {
        var byDate = string.CompareOrdinal(a.Date, b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    });
}
