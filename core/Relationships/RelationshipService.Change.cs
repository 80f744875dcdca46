using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Relationships;

public sealed partial class RelationshipService
{
    private LinkResult ChangeLink(
        CrmUser user, RelationshipDefinition relationship, CrmRecord lhs, CrmRecord rhs,
        IReadOnlyDictionary<string, string?>? extra, bool delete)
    {
        switch (relationship.Kind)
        {
            case RelationshipKind.OneToMany:
                return SetKeys(user, rhs, delete, lhs.Id, (relationship.RhsKey!, lhs.Id));
            case RelationshipKind.Parent:
                return SetKeys(user, rhs, delete, lhs.Id, (CommonFields.ParentType, lhs.Module), (CommonFields.ParentId, lhs.Id));
            default:
                return SetRow(user, relationship, lhs, rhs, extra, delete);
        }
    }

    /// <summary>Key-based links live on the right-hand record, so that record must be editable.</summary>
    private LinkResult SetKeys(CrmUser user, CrmRecord holder, bool delete, string lhsId, params (string Field, string Value)[] keys)
    {
        var linked = holder[keys[^1].Field] == lhsId;
        if (delete ? !linked : linked)
        {
            return new LinkResult(0, 0, 0);
        }

        if (!access.CanEdit(user, holder))
        {
            return new LinkResult(0, 1, 0);
        }

        var values = keys.Select(k => new KeyValuePair<string, string?>(k.Field, delete ? "" : k.Value))
            .Prepend(new KeyValuePair<string, string?>(CommonFields.Id, holder.Id));
        records.Save(user, holder.Module, values);
        return delete ? new LinkResult(0, 0, 1) : new LinkResult(1, 0, 0);
    }

    /// <summary>Many-to-many rows: either end's owner may link; a removed link is kept, marked deleted.</summary>
    private LinkResult SetRow(
        CrmUser user, RelationshipDefinition relationship, CrmRecord lhs, CrmRecord rhs,
        IReadOnlyDictionary<string, string?>? extra, bool delete)
    {
        if (!access.CanEdit(user, lhs) && !access.CanEdit(user, rhs))
        {
            return new LinkResult(0, 1, 0);
        }

        var existing = store.GetRelationshipRows(relationship.Name, RelationshipSide.Lhs, lhs.Id)
            .FirstOrDefault(r => r.RhsId == rhs.Id && !r.Deleted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (delete)
        {
            if (existing is null)
            {
                return new LinkResult(0, 0, 0);
            }

            store.SaveRelationshipRow(existing with { Deleted = true, DateModified = now });
            return new LinkResult(0, 0, 1);
        }

        var columns = (extra ?? new Dictionary<string, string?>())
            .Where(e => relationship.ExtraFields.Contains(e.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(e => e.Key.ToLowerInvariant(), e => e.Value);
        if (existing is not null)
        {
            if (columns.Count > 0)
            {
                store.SaveRelationshipRow(existing with { Extra = columns, DateModified = now });
            }

            return new LinkResult(0, 0, 0);
        }

        store.SaveRelationshipRow(new RelationshipRow(Guid.NewGuid().ToString(), relationship.Name, lhs.Id, rhs.Id)
        {
            DateModified = now,
            Extra = columns,
        });
        return new LinkResult(1, 0, 0);
    }
}
