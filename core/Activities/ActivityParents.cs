using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Activities;

/// <summary>Which activity modules hang from which parents, read from the registry's parent relationships.</summary>
public static class ActivityParents
{
    /// <summary>The activity modules (Notes, Calls, Meetings, Tasks) records of <paramref name="parentModule"/> can have.</summary>
    public static IReadOnlyList<string> ActivityModules(ModuleRegistry registry, string parentModule) =>
        registry.Relationships
            .Where(r => r.Kind == RelationshipKind.Parent && string.Equals(r.LhsModule, parentModule, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.RhsModule)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
