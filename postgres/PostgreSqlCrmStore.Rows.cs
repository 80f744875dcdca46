using System.Text.Json;
using CrmIntegration.Core.Storage;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

public sealed partial class PostgreSqlCrmStore
{
    public IReadOnlyList<RelationshipRow> GetRelationshipRows(string relationship, RelationshipSide side, string id)
    {
        var column = side == RelationshipSide.Lhs ? "lhs_id" : "rhs_id";
        return Use((connection, transaction) => ReadRelationshipRows(connection, transaction,
            $"SELECT {RelationshipColumns} FROM crm_relationships WHERE relationship = $1 AND {column} = $2", relationship, id));
    }

    public void SaveRelationshipRow(RelationshipRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        SaveRelationshipRows([row]);
    }

    public void AppendAudit(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries.ToList();
        if (all.Count == 0)
        {
            return;
        }

        // One statement for the whole set, in order (the serial id keeps each record's entries in the order written).
        Write((connection, transaction) => Execute(connection, transaction,
            $"INSERT INTO crm_audit ({AuditColumns}) SELECT m, r, f, b, a, u, d FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) WITH ORDINALITY AS e(m, r, f, b, a, u, d, n) ORDER BY n",
            all.Select(e => e.Module).ToArray(), all.Select(e => e.RecordId).ToArray(), all.Select(e => e.Field).ToArray(),
            all.Select(e => e.Before).ToArray(), all.Select(e => e.After).ToArray(), all.Select(e => e.UserId).ToArray(),
            all.Select(e => Utc(e.DateUtc)).ToArray()));
    }

    public IReadOnlyList<AuditEntry> GetAudit(string module, string recordId) => Use((connection, transaction) =>
        ReadAudit(connection, transaction, $"SELECT {AuditColumns} FROM crm_audit WHERE module = $1 AND record_id = $2 ORDER BY id", module, recordId));

    public SessionRecord? GetSession(string id) => Use((connection, transaction) =>
    {
        using var command = Command(connection, transaction, "SELECT id, user_id, created_utc, last_seen_utc FROM crm_sessions WHERE id = $1", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new SessionRecord(reader.GetString(0), reader.GetString(1), reader.GetDateTime(2), reader.GetDateTime(3)) : null;
    });

    public void SaveSession(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Write((connection, transaction) => Execute(connection, transaction,
            """
            INSERT INTO crm_sessions (id, user_id, created_utc, last_seen_utc) VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET user_id = $2, created_utc = $3, last_seen_utc = $4
            """,
            session.Id, session.UserId, Utc(session.CreatedUtc), Utc(session.LastSeenUtc)));
    }

    public void DeleteSession(string id) =>
        Write((connection, transaction) => Execute(connection, transaction, "DELETE FROM crm_sessions WHERE id = $1", id));

    public int DeleteUserSessions(string userId) =>
        Write((connection, transaction) => Execute(connection, transaction, "DELETE FROM crm_sessions WHERE user_id = $1", userId));

    public int DeleteSessionsIdleSince(DateTime cutoffUtc) =>
        Write((connection, transaction) => Execute(connection, transaction, "DELETE FROM crm_sessions WHERE last_seen_utc < $1", Utc(cutoffUtc)));

    public long NextSequence(string name) => Write((connection, transaction) => Scalar<long>(connection, transaction,
        """
        INSERT INTO crm_sequences (name, value) VALUES ($1, 1)
        ON CONFLICT (name) DO UPDATE SET value = crm_sequences.value + 1
        RETURNING value
        """,
        name));

    public void SaveMergeJournal(MergeJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        Write((connection, transaction) => Execute(connection, transaction,
            """
            INSERT INTO crm_merges (merge_id, module, date_utc, journal) VALUES ($1, $2, $3, $4::jsonb)
            ON CONFLICT (merge_id) DO UPDATE SET module = $2, date_utc = $3, journal = $4::jsonb
            """,
            journal.MergeId, journal.Module, Utc(journal.DateUtc), JsonSerializer.Serialize(journal)));
    }

    public MergeJournal? GetMergeJournal(string mergeId) =>
        Journals("SELECT journal FROM crm_merges WHERE merge_id = $1", mergeId).SingleOrDefault();

    public IReadOnlyList<MergeJournal> ListMergeJournals(string? module = null) => module is null
        ? Journals("SELECT journal FROM crm_merges ORDER BY date_utc DESC, merge_id DESC")
        : Journals("SELECT journal FROM crm_merges WHERE lower(module) = lower($1) ORDER BY date_utc DESC, merge_id DESC", module);

    private List<MergeJournal> Journals(string sql, params object?[] parameters) =>
        Use((connection, transaction) => ReadJson<MergeJournal>(connection, transaction, sql, parameters));

    private const string RelationshipColumns = "id, relationship, lhs_id, rhs_id, deleted, date_modified, extra";

    private const string AuditColumns = "module, record_id, field, before_value, after_value, user_id, date_utc";

    /// <summary>The rows of <paramref name="sql"/>, which selects <see cref="RelationshipColumns"/>.</summary>
    private static List<RelationshipRow> ReadRelationshipRows(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<RelationshipRow>();
        while (reader.Read())
        {
            rows.Add(new RelationshipRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            {
                Deleted = reader.GetBoolean(4),
                DateModified = reader.GetDateTime(5),
                Extra = JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(6))!,
            });
        }

        return rows;
    }

    /// <summary>The entries of <paramref name="sql"/>, which selects <see cref="AuditColumns"/>.</summary>
    private static List<AuditEntry> ReadAudit(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(AuditAt(reader, 0));
        }

        return entries;
    }

    /// <summary>The audit entry whose <see cref="AuditColumns"/> start at column <paramref name="first"/> of the reader's row.</summary>
    private static AuditEntry AuditAt(NpgsqlDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2),
            reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3), reader.IsDBNull(first + 4) ? null : reader.GetString(first + 4),
            reader.GetString(first + 5), reader.GetDateTime(first + 6));
}
