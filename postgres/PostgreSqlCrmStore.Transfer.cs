using System.Text.Json;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.Transfer;
using CrmIntegration.Storage.PostgreSql.Schema;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>Reading and writing whole tables for <c>crm db copy</c> (<see cref="IStoreTransfer"/>), and emptying the database for <c>--force</c>.</summary>
public sealed partial class PostgreSqlCrmStore : IStoreTransfer
{
    public bool HoldsData() => Use((connection, transaction) =>
        _registry.Modules.Select(m => SqlName.ModuleTable(m.TableName))
            .Concat(["crm_relationships", "crm_audit", "crm_merges", "crm_mail"])
            .Any(table => Scalar<bool>(connection, transaction, $"SELECT EXISTS (SELECT 1 FROM {table})")));

    public IEnumerable<RelationshipRow> ScanRelationshipRows() =>
        ScanInBatches<RelationshipRow, string>("", r => r.Id, (connection, transaction, after) => ReadRelationshipRows(connection, transaction,
            $"SELECT {RelationshipColumns} FROM crm_relationships WHERE id > $1 ORDER BY id LIMIT {ScanBatch}", after));

    public void SaveRelationshipRows(IReadOnlyList<RelationshipRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        Write((connection, transaction) => Execute(connection, transaction,
            $"""
            INSERT INTO crm_relationships ({RelationshipColumns})
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::timestamptz[], $7::jsonb[])
            ON CONFLICT (id) DO UPDATE SET relationship = excluded.relationship, lhs_id = excluded.lhs_id, rhs_id = excluded.rhs_id,
                deleted = excluded.deleted, date_modified = excluded.date_modified, extra = excluded.extra
            """,
            rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Relationship).ToArray(), rows.Select(r => r.LhsId).ToArray(),
            rows.Select(r => r.RhsId).ToArray(), rows.Select(r => r.Deleted).ToArray(), rows.Select(r => Utc(r.DateModified)).ToArray(),
            rows.Select(r => JsonSerializer.Serialize(r.Extra)).ToArray()));
    }

    public IEnumerable<AuditEntry> ScanAudit() =>
        // Keyed by the serial id, which is the order entries were written in.
        ScanInBatches<(long Id, AuditEntry Entry), long>(0, e => e.Id, (connection, transaction, after) =>
        {
            using var command = Command(connection, transaction, $"SELECT id, {AuditColumns} FROM crm_audit WHERE id > $1 ORDER BY id LIMIT {ScanBatch}", after);
            using var reader = command.ExecuteReader();
            var entries = new List<(long, AuditEntry)>();
            while (reader.Read())
            {
                entries.Add((reader.GetInt64(0), AuditAt(reader, 1)));
            }

            return entries;
        }).Select(e => e.Entry);

    public IReadOnlyDictionary<string, long> ReadSequences() => Use((connection, transaction) =>
    {
        using var command = Command(connection, transaction, "SELECT name, value FROM crm_sequences");
        using var reader = command.ExecuteReader();
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values[reader.GetString(0)] = reader.GetInt64(1);
        }

        return values;
    });

    public void SetSequences(IReadOnlyDictionary<string, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Write((connection, transaction) =>
        {
            foreach (var (name, value) in values)
            {
                Execute(connection, transaction,
                    "INSERT INTO crm_sequences (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = $2", name, value);
            }

            return 0;
        });
    }

    /// <summary>
    /// Empties every table the CRM keeps (records, relationships, audit, sessions, mail, merge
    /// journals, sequences, job history) in one transaction; the schema stays. For <c>crm db copy
    /// --force</c> only: other instances on the database must be stopped first.
    /// </summary>
    public void EraseAll()
    {
        var tables = _registry.Modules.Select(m => SqlName.ModuleTable(m.TableName))
            .Concat(["crm_relationships", "crm_audit", "crm_sessions", "crm_mail", "crm_merges", "crm_sequences", "crm_job_runs", "crm_job_states"]);
        Write((connection, transaction) => Execute(connection, transaction, $"TRUNCATE {string.Join(", ", tables)}"));
    }

    /// <summary>A table in key order, a batch per round trip (in the flow's transaction, else on a connection of its own).</summary>
    private IEnumerable<T> ScanInBatches<T, TKey>(TKey start, Func<T, TKey> key, Func<Npgsql.NpgsqlConnection, Npgsql.NpgsqlTransaction?, TKey, List<T>> read)
    {
        var after = start;
        while (true)
        {
            var from = after;
            var batch = Use((connection, transaction) => read(connection, transaction, from));
            foreach (var item in batch)
            {
                yield return item;
            }

            if (batch.Count < ScanBatch)
            {
                yield break;
            }

            after = key(batch[^1]);
        }
    }
}
