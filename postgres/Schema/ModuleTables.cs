using CrmIntegration.Core.Modules;

namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// A record table per module, following the registry: the record itself as <c>jsonb</c> (values in
/// their wire form, a value set to null kept apart from one never set, as the LiteDB store keeps
/// them; a field the registry adds later needs no column), the number of its last write in the
/// change sequence (<c>seq</c>), and two more <c>jsonb</c> columns the store fills from the record
/// (<see cref="StoredKeys"/>): <c>keys</c>, every value in the form queries compare and order it
/// (folded text, ISO dates, exact ids), and <c>nums</c>, the numeric fields' values as numbers.
/// Folding is the core's (<c>KeyFold</c>, .NET's Unicode tables), never SQL's, so both stores
/// compare alike. Every field the registry marks indexed gets an expression index on its key.
/// </summary>
/// <remarks>
/// Brought up to the registry at every start, adding only what is missing (an ALTER TABLE locks the
/// table even when it changes nothing, and another instance may be serving from it); an index the
/// registry no longer asks for is left for an operator to drop.
/// </remarks>
internal static class ModuleTables
{
    /// <summary>The column holding the record's values.</summary>
    public const string RecordColumn = "record";

    /// <summary>The column holding the values as queries compare them (<see cref="StoredKeys.Keys"/>).</summary>
    public const string KeysColumn = "keys";

    /// <summary>The column holding numeric fields' values as numbers (<see cref="StoredKeys.Numbers"/>).</summary>
    public const string NumbersColumn = "nums";

    /// <summary>
    /// The statements that bring <paramref name="module"/>'s table up to the registry, given the
    /// columns (<c>table.column</c>) and indexes the database has now.
    /// </summary>
    public static IEnumerable<string> Statements(ModuleDefinition module, IReadOnlySet<string> columns, IReadOnlySet<string> indexes)
    {
        var raw = "m_" + module.TableName;
        var table = SqlName.ModuleTable(module.TableName);
        if (!columns.Any(c => c.StartsWith(raw + ".", StringComparison.Ordinal)))
        {
            yield return $"CREATE TABLE {table} (id text COLLATE \"C\" PRIMARY KEY, seq bigint NOT NULL, {RecordColumn} jsonb NOT NULL, "
                + $"{KeysColumn} jsonb NOT NULL, {NumbersColumn} jsonb NOT NULL)";
        }

        foreach (var (name, definition) in Indexes(module, table, raw).Where(i => !indexes.Contains(i.Name)))
        {
            yield return $"CREATE INDEX {SqlName.Quote(name)} ON {table} {definition}";
        }
    }

    /// <summary><c>keys-&gt;&gt;'field'</c> in byte order (<c>COLLATE "C"</c>): how every text, date and id comparison and sort is written, so indexes match.</summary>
    public static string Key(string field) => $"(({KeysColumn}->>{SqlName.JsonKey(field)}) COLLATE \"C\")";

    /// <summary><c>nums-&gt;&gt;'field'</c> as a number.</summary>
    public static string Number(string field) => $"(({NumbersColumn}->>{SqlName.JsonKey(field)})::numeric)";

    /// <summary>The stored value of a field, as text (null when the record has none).</summary>
    public static string Value(string field) => $"({RecordColumn}->>{SqlName.JsonKey(field)})";

    /// <summary>Whether the record is live: <c>deleted</c> is anything but '1', as <c>CrmRecord.IsDeleted</c> reads it.</summary>
    public static string Live => $"{Value(CommonFields.Deleted)} IS DISTINCT FROM '1'";

    public static IEnumerable<FieldDefinition> IndexedFields(ModuleDefinition module) =>
        module.Fields.Where(f => f.Indexed && f.Name != CommonFields.Id);

    /// <summary>Every index the registry asks of the module's table, by name.</summary>
    private static IEnumerable<(string Name, string Definition)> Indexes(ModuleDefinition module, string table, string raw)
    {
        // Ties are ordered by id, so an index on (key, id) also serves ORDER BY key LIMIT n.
        foreach (var field in IndexedFields(module))
        {
            yield return ($"{raw}_key_{field.Name}", $"({Key(field.Name)} NULLS FIRST, id)");
        }

        yield return (raw + "_seq", "(seq)");

        // A creator's own live records since a time (a partner's submissions, its get_entry_list).
        if (module.FindField(CommonFields.CreatedBy) is not null && module.FindField(CommonFields.DateEntered) is not null)
        {
            yield return (raw + "_created", $"({Value(CommonFields.CreatedBy)}, {Key(CommonFields.DateEntered)}) WHERE {Live}");
        }
    }
}
