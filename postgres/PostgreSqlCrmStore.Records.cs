using System.Text.Json;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Text;
using CrmIntegration.Storage.PostgreSql.Schema;
using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

public sealed partial class PostgreSqlCrmStore
{
    /// <summary>Rows read per round trip by <see cref="Scan"/> and the transfer scans, each batch on a connection of its own.</summary>
    private const int ScanBatch = 1_000;

    /// <summary>Records written per statement by <see cref="InsertMany"/>.</summary>
    private const int InsertBatch = 500;

    public CrmRecord? Get(string module, string id)
    {
        var definition = _registry.Get(module);
        return Use((connection, transaction) => Read(connection, transaction, definition,
            $"SELECT id, record FROM {SqlName.ModuleTable(definition.TableName)} WHERE id = $1", id).SingleOrDefault());
    }

    public IEnumerable<CrmRecord> Scan(string module)
    {
        var definition = _registry.Get(module);
        var sql = $"SELECT id, record FROM {SqlName.ModuleTable(definition.TableName)} WHERE id > $1 ORDER BY id LIMIT {ScanBatch}";
        return ScanInBatches("", r => r.Id, (connection, transaction, after) => Read(connection, transaction, definition, sql, after));
    }

    public IEnumerable<CrmRecord> FindByKey(string module, string field, string value)
    {
        var definition = _registry.Get(module);
        if (field == CommonFields.Id)
        {
            return Get(module, value) is { } byId ? [byId] : [];
        }

        if (definition.FindField(field) is not { Indexed: true })
        {
            throw new InvalidOperationException($"{definition.Name}.{field} is not indexed");
        }

        // An empty value is never a key (as on LiteDB), though '' is a text field's comparable value.
        if (value.Length == 0)
        {
            return [];
        }

        return Use((connection, transaction) => Read(connection, transaction, definition,
            $"SELECT id, record FROM {SqlName.ModuleTable(definition.TableName)} WHERE {ModuleTables.Key(field)} = $1", KeyFold.Fold(value)));
    }

    public int Count(string module)
    {
        var definition = _registry.Get(module);
        return (int)Use((connection, transaction) => Scalar<long>(connection, transaction, $"SELECT count(*) FROM {SqlName.ModuleTable(definition.TableName)}"));
    }

    public void Insert(CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        InsertMany([record]);
    }

    public void InsertMany(IEnumerable<CrmRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Write((connection, transaction) =>
        {
            // One statement per run of up to InsertBatch records of a module, numbered in one step of
            // the change sequence: a bulk insert (crm db copy, an import) is not a round trip per record.
            foreach (var run in Runs(records))
            {
                var definition = _registry.Get(run[0].Module);
                var last = Scalar<long>(connection, transaction, "UPDATE crm_change_head SET version = version + $1 RETURNING version", (long)run.Count);
                _scope.Value!.CommittedHead ??= last - run.Count;
                var rows = run.Select((r, i) => Row(definition, r, last - run.Count + 1 + i)).ToList();
                Execute(connection, transaction,
                    $"INSERT INTO {SqlName.ModuleTable(definition.TableName)} (id, seq, {ModuleTables.RecordColumn}, {ModuleTables.KeysColumn}, {ModuleTables.NumbersColumn}) "
                    + "SELECT * FROM unnest($1::text[], $2::bigint[], $3::jsonb[], $4::jsonb[], $5::jsonb[])",
                    rows.Select(r => (string)r[0]!).ToArray(), rows.Select(r => (long)r[1]!).ToArray(),
                    rows.Select(r => (string)r[2]!).ToArray(), rows.Select(r => (string)r[3]!).ToArray(), rows.Select(r => (string)r[4]!).ToArray());
            }

            return 0;
        });
    }

    /// <summary>Consecutive records of one module, at most <see cref="InsertBatch"/> at a time.</summary>
    private static IEnumerable<List<CrmRecord>> Runs(IEnumerable<CrmRecord> records)
    {
        var run = new List<CrmRecord>();
        foreach (var record in records)
        {
            if (run.Count == InsertBatch || run.Count > 0 && run[0].Module != record.Module)
            {
                yield return run;
                run = [];
            }

            run.Add(record);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    public void Update(CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var definition = _registry.Get(record.Module);
        var table = SqlName.ModuleTable(definition.TableName);
        Write((connection, transaction) =>
        {
            // Checked (and locked) before a number is taken, so a refused update leaves no gap in the sequence.
            if (Scalar<long>(connection, transaction, $"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE id = $1 FOR UPDATE) AS found", record.Id) == 0)
            {
                throw new InvalidOperationException($"{record} does not exist; insert it instead");
            }

            return Execute(connection, transaction,
                $"UPDATE {table} SET seq = $2, {ModuleTables.RecordColumn} = $3::jsonb, {ModuleTables.KeysColumn} = $4::jsonb, {ModuleTables.NumbersColumn} = $5::jsonb WHERE id = $1",
                Row(definition, record, NextVersion(connection, transaction)));
        });
    }

    /// <summary>
    /// The committed head, read on a connection of its own even inside a transaction: the flow's own
    /// uncommitted writes have moved its view of the head, and the change sequence tells what others
    /// committed (as on LiteDB, whose version counts commits only). A transaction holding the head's
    /// row (after <see cref="LockRecordWrites"/> or a record write) answers from memory: nobody else can
    /// commit a record until it ends. Intake's duplicate checks ask this for every lead of a batch.
    /// </summary>
    public long RecordVersion
    {
        get => _scope.Value is { CommittedHead: { } head } ? head : Guarded(() =>
        {
            using var connection = _database.OpenConnection();
            return Scalar<long>(connection, null, "SELECT version FROM crm_change_head");
        });
    }

    /// <summary>
    /// Takes the change sequence's head row now, as the first record write would take it: every other
    /// writer, of any instance, waits until this transaction ends, and statements after this one see
    /// every write committed before it (Read Committed takes a snapshot per statement).
    /// </summary>
    public void LockRecordWrites() =>
        Write((connection, transaction) =>
        {
            var head = Scalar<long>(connection, transaction, "SELECT version FROM crm_change_head FOR UPDATE");
            _scope.Value!.CommittedHead ??= head;
            return head;
        });

    public RecordChanges? RecordChangesSince(long version) => Guarded(() => ChangesSince(version));

    private RecordChanges? ChangesSince(long version)
    {
        // One snapshot for the head and the records: every record numbered at or below it is committed.
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var head = Scalar<long>(connection, transaction, "SELECT version FROM crm_change_head");
        if (version > head)
        {
            return null;
        }

        // One round trip for every module: the caches of every instance ask this at each change they see.
        var modules = _registry.Modules.ToList();
        var union = string.Join(" UNION ALL ", modules.Select((m, i) =>
            $"SELECT {i} AS module, id, seq FROM {SqlName.ModuleTable(m.TableName)} WHERE seq > $1 AND seq <= $2"));
        var keys = new List<RecordKey>();
        if (version < head)
        {
            using var command = Command(connection, transaction, $"SELECT module, id FROM ({union}) AS changed ORDER BY seq", version, head);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(new RecordKey(modules[reader.GetInt32(0)].Name, reader.GetString(1)));
            }
        }

        transaction.Commit();
        return new RecordChanges(head, keys);
    }

    /// <summary>
    /// The next number of the change sequence, for a write in <paramref name="transaction"/>. The
    /// head row stays locked until the transaction ends, so the next writer (of any instance) waits:
    /// numbers commit in the order they are taken.
    /// </summary>
    private long NextVersion(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var version = Scalar<long>(connection, transaction, "UPDATE crm_change_head SET version = version + 1 RETURNING version");
        _scope.Value!.CommittedHead ??= version - 1;
        return version;
    }

    /// <summary>The parameters of a record's row: id, number, the record as JSON, its comparable keys and its numbers (<see cref="StoredKeys"/>).</summary>
    private static object?[] Row(ModuleDefinition module, CrmRecord record, long version)
    {
        var values = record.Values.Where(v => v.Key != CommonFields.Id).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return [record.Id, version, JsonSerializer.Serialize(values), StoredKeys.Keys(module, record), StoredKeys.Numbers(module, record)];
    }

    private static List<CrmRecord> Read(NpgsqlConnection connection, NpgsqlTransaction? transaction, ModuleDefinition module, string sql, params object?[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var records = new List<CrmRecord>();
        while (reader.Read())
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(1))!;
            records.Add(new CrmRecord(module.Name, values) { Id = reader.GetString(0) });
        }

        return records;
    }
}
