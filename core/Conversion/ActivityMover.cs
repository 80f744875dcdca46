using CrmIntegration.Core.Activities;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Modules.Catalog;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Conversion;

/// <summary>
/// Moves the live activities (Notes, Calls, Meetings, Tasks) of a converted record to what it was
/// converted into, as SugarCRM's conversion does with "move". Each keeps the old parent's id in
/// <c>converted_from_id</c>, so the old record's activity history still lists them. They move on
/// the converting user's authority over the converted record, whoever owns each activity: the
/// activity is about that customer, and leaving part of the history behind would split it. Each
/// move is a write through the record write path: stamped, and audited as a change of parent.
/// </summary>
internal sealed class ActivityMover(ICrmStore store, ModuleRegistry registry, RecordService records)
{
    /// <returns>How many activities moved.</returns>
    public int Move(CrmUser user, CrmRecord from, string toModule, string toId)
    {
        var moved = 0;
        foreach (var module in ActivityParents.ActivityModules(registry, from.Module))
        {
            var attached = store.FindByKey(module, CommonFields.ParentId, from.Id)
                .Where(a => !a.IsDeleted && string.Equals(a[CommonFields.ParentType], from.Module, StringComparison.OrdinalIgnoreCase))
                .ToList();
            foreach (var activity in attached)
            {
                // Records from the store may be shared with its read cache: change a copy.
                var copy = activity.Clone();
                copy[CommonFields.ParentType] = toModule;
                copy[CommonFields.ParentId] = toId;
                copy[ActivityTemplate.ConvertedFromId] = from.Id;
                records.Write(new RecordChange(user, activity, copy));
                moved++;
            }
        }

        return moved;
    }
}
