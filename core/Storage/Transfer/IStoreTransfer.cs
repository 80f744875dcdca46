namespace CrmIntegration.Core.Storage.Transfer;

/// <summary>
/// What moving an installation from one store to another (<see cref="StoreTransfer"/>,
/// <c>crm db copy</c>) needs of a store beyond <see cref="ICrmStore"/>: every relationship row, audit
/// entry and named sequence, read in the store's own order and written in batches. Both stores
/// implement it.
/// </summary>
public interface IStoreTransfer
{
    /// <summary>Whether the store holds any record, relationship, audit entry, merge journal or mail (a copy refuses to write into it).</summary>
    bool HoldsData();

    /// <summary>Every relationship row, deleted ones included.</summary>
    IEnumerable<RelationshipRow> ScanRelationshipRows();

    /// <summary>Writes <paramref name="rows"/> in one transaction (replacing rows with the same id).</summary>
    void SaveRelationshipRows(IReadOnlyList<RelationshipRow> rows);

    /// <summary>Every audit entry, each record's in the order written.</summary>
    IEnumerable<AuditEntry> ScanAudit();

    /// <summary>The named sequences' current values (<see cref="ICrmStore.NextSequence"/>).</summary>
    IReadOnlyDictionary<string, long> ReadSequences();

    /// <summary>Sets named sequences to the given values, so that numbers handed out after the copy continue the source's.</summary>
    void SetSequences(IReadOnlyDictionary<string, long> values);
}
