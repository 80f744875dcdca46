using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Finds every live record and link that points at a loser, through every relationship in the
/// registry and every id field naming the module (the registry is the list of foreign keys, as
/// Odoo reads its from the database), and plans pointing it at the master. Records already
/// deleted keep pointing at the loser: they are history, and the loser still exists to say where
/// it went. The merge's own records are left out; their images are kept whole.
/// </summary>
internal sealed class Reparenting(ICrmStore store, ModuleRegistry registry, ModuleDefinition module, string masterId, IReadOnlyList<string> loserIds)
{
    private readonly HashSet<string> _losers = loserIds.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<MergeKeyChange> Keys()
    {
        var changes = new List<MergeKeyChange>();
        foreach (var (target, field) in KeyFields())
        {
            foreach (var loser in loserIds)
            {
                changes.AddRange(Pointing(target, field, loser)
                    .Select(r => new MergeKeyChange(target.Name, r.Id, field, r[field], masterId)));
            }
        }

        foreach (var relationship in registry.Relationships.Where(r => r.Kind == RelationshipKind.Parent && Same(r.LhsModule, module.Name)))
        {
            var activity = registry.Get(relationship.RhsModule);
            foreach (var loser in loserIds)
            {
                changes.AddRange(Pointing(activity, CommonFields.ParentId, loser)
                    .Where(r => Same(r[CommonFields.ParentType] ?? "", module.Name))
                    .Select(r => new MergeKeyChange(activity.Name, r.Id, CommonFields.ParentId, r[CommonFields.ParentId], masterId)));
            }
        }

        return changes.DistinctBy(c => (c.Module, c.RecordId, c.Field)).ToList();
    }

    /// <summary>(module, field) pairs holding an id of this module: one-to-many keys and id fields naming it.</summary>
    private IEnumerable<(ModuleDefinition Module, string Field)> KeyFields()
    {
        var fromRelationships = registry.Relationships
            .Where(r => r.Kind == RelationshipKind.OneToMany && Same(r.LhsModule, module.Name))
            .Select(r => (Module: registry.Get(r.RhsModule), Field: registry.Get(r.RhsModule).FindField(r.RhsKey!)!.Name));
        var fromFields = registry.Modules.SelectMany(m => m.Fields
            .Where(f => f.RelatedModule is { } related && Same(related, module.Name) && f.Name != MergeFields.MergedInto)
            .Select(f => (Module: m, Field: f.Name)));
        return fromRelationships.Concat(fromFields).DistinctBy(k => (k.Module.Name, k.Field.ToLowerInvariant()));
    }

    private IEnumerable<CrmRecord> Pointing(ModuleDefinition target, string field, string loser)
    {
        var candidates = target.FindField(field) is { Indexed: true }
            ? store.FindByKey(target.Name, field, loser)
            : store.Scan(target.Name);
        return candidates
            .Where(r => !r.IsDeleted && Same(r[field] ?? "", loser))
            .Where(r => !(Same(r.Module, module.Name) && (_losers.Contains(r.Id) || Same(r.Id, masterId))))
            .ToList();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
