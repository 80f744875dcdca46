using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Relationships;

/// <summary>
/// Links between records (<c>set_relationship</c>, <c>get_relationships</c>) for the three kinds of
/// relationship: a key on the right-hand record, many-to-many rows, and activity parents. Changing
/// a link needs edit rights on the record that stores it and read rights on the other end.
/// </summary>
public sealed partial class RelationshipService(ICrmStore store, ModuleRegistry registry, RecordService records, AccessPolicy access, TimeProvider clock)
{
    /// <summary>The live related records the user may read, filtered and ordered SugarCRM-style.</summary>
    /// <exception cref="CrmException">20/40 module; 31 unknown link; 40 refused query; 1001 unknown record.</exception>
    public ListResult GetRelated(CrmUser user, string module, string id, string linkName, ListRequest request)
    {
        var link = Resolve(user, module, linkName);
        var record = records.Get(user, link.Module.Name, id) ?? throw CrmException.UnknownRecord(link.Module.Name, id);
        var where = QueryParser.ParseWhere(request.Query, link.Related, registry);
        var order = QueryParser.ParseOrderBy(request.OrderBy, link.Related, registry);
        var related = RelatedRecords(link, record)
            .Where(r => (request.IncludeDeleted || !r.IsDeleted) && access.CanRead(user, r) && (where is null || where.Matches(r)))
            .DistinctBy(r => r.Id)
            .ToList();
        if (order.Count > 0)
        {
            related.Sort(RecordOrder.Compare(order));
        }

        var page = request.MaxResults > 0 ? related.Skip(request.Skip).Take(request.MaxResults) : related.Skip(request.Skip);
        return new ListResult(page.ToList(), related.Count);
    }

    /// <summary>Links (or with <paramref name="delete"/> unlinks) each related id; per-id failures are counted, not thrown.</summary>
    /// <exception cref="CrmException">20/40 module; 31 unknown link; 1001 unknown record; 40 the record is not the user's to change.</exception>
    public LinkResult SetRelationship(
        CrmUser user, string module, string id, string linkName, IEnumerable<string> relatedIds,
        IReadOnlyDictionary<string, string?>? extra = null, bool delete = false)
    {
        var link = Resolve(user, module, linkName);
        return store.InTransaction(() =>
        {
            var record = records.Get(user, link.Module.Name, id) ?? throw CrmException.UnknownRecord(link.Module.Name, id);
            var result = new LinkResult(0, 0, 0);
            foreach (var relatedId in relatedIds.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct())
            {
                var other = store.Get(link.Related.Name, relatedId.Trim());
                if (other is null || other.IsDeleted || !access.CanRead(user, other))
                {
                    result += new LinkResult(0, 1, 0);
                    continue;
                }

                var (lhs, rhs) = link.FromLhs ? (record, other) : (other, record);
                result += ChangeLink(user, link.Relationship, lhs, rhs, extra, delete);
            }

            return result;
        });
    }

    public ResolvedLink Resolve(CrmUser user, string module, string linkName)
    {
        var definition = records.Module(user, module);
        var link = definition.FindLink(linkName ?? "") ?? throw CrmException.UnknownLink(definition.Name, linkName ?? "");
        var relationship = registry.GetRelationship(link.Relationship);
        var related = records.Module(user, link.Module);
        return new ResolvedLink(definition, link, relationship, related);
    }

    private IEnumerable<CrmRecord> RelatedRecords(ResolvedLink link, CrmRecord record)
    {
        var relationship = link.Relationship;
        return (relationship.Kind, link.FromLhs) switch
        {
            (RelationshipKind.OneToMany, true) => store.FindByKey(relationship.RhsModule, relationship.RhsKey!, record.Id),
            (RelationshipKind.OneToMany, false) => One(relationship.LhsModule, record[relationship.RhsKey!]),
            (RelationshipKind.Parent, true) => store.FindByKey(relationship.RhsModule, CommonFields.ParentId, record.Id)
                .Where(r => IsParentType(r, relationship.LhsModule)),
            (RelationshipKind.Parent, false) => IsParentType(record, relationship.LhsModule)
                ? One(relationship.LhsModule, record[CommonFields.ParentId])
                : [],
            (_, var fromLhs) => store
                .GetRelationshipRows(relationship.Name, fromLhs ? RelationshipSide.Lhs : RelationshipSide.Rhs, record.Id)
                .Where(row => !row.Deleted)
                .SelectMany(row => One(fromLhs ? relationship.RhsModule : relationship.LhsModule, fromLhs ? row.RhsId : row.LhsId)),
        };
    }

    private IEnumerable<CrmRecord> One(string module, string? id) =>
        !string.IsNullOrEmpty(id) && store.Get(module, id) is { } found ? [found] : [];

    private static bool IsParentType(CrmRecord record, string module) =>
        string.Equals(record[CommonFields.ParentType], module, StringComparison.OrdinalIgnoreCase);
}
