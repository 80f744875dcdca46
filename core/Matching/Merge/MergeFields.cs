using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>The field that marks a record as merged, and which modules can be merged.</summary>
public static class MergeFields
{
    public const string MergedInto = "merged_into";

    /// <summary>
    /// Where a merged (soft-deleted) record went. System-maintained so no caller can fake or clear
    /// a merge; indexed so "what was merged into this record" is a lookup, not a scan.
    /// </summary>
    public static FieldDefinition MergedIntoField(string module) =>
        new(MergedInto, FieldType.Id, "Merged Into", "Đã gộp vào")
        {
            System = true,
            Indexed = true,
            RelatedModule = module,
            Audited = false,
        };

    /// <summary>A module can be merged when it carries <see cref="MergedInto"/>.</summary>
    public static bool CanMerge(ModuleDefinition module) => module.FindField(MergedInto) is not null;
}
