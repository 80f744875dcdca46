using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Records;

/// <summary>The audit entries for one update: every audited field whose value changed.</summary>
internal static class AuditTrail
{
    public static List<AuditEntry> Changes(ModuleDefinition module, CrmRecord before, CrmRecord after, string userId, DateTime nowUtc) =>
        module.Fields
            .Where(f => f.Audited && !f.System && !f.Sensitive && Normal(before[f.Name]) != Normal(after[f.Name]))
            .Select(f => new AuditEntry(module.Name, after.Id, f.Name, before[f.Name], after[f.Name], userId, nowUtc))
            .Append(DeletionEntry(module, before, after, userId, nowUtc))
            .OfType<AuditEntry>()
            .ToList();

    private static AuditEntry? DeletionEntry(ModuleDefinition module, CrmRecord before, CrmRecord after, string userId, DateTime nowUtc) =>
        before.IsDeleted != after.IsDeleted
            ? new AuditEntry(module.Name, after.Id, CommonFields.Deleted, before[CommonFields.Deleted], after[CommonFields.Deleted], userId, nowUtc)
            : null;

    // An unset field and an empty one read the same to a user; changing one into the other is no change.
    private static string Normal(string? value) => value ?? "";
}
