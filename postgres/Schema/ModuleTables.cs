using CrmIntegration.Core.Modules;

namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// A record table per module, following the registry: the record itself as <c>jsonb</c> (values in
/// their wire form, a value set to null kept apart from one never set, as the LiteDB store keeps
/// them; a field the registry adds later needs no column), the number of its last write in the
/// change sequence (<c>seq</c>), and for every field the registry marks indexed a folded key column
/// (<c>k_&lt;field&gt;</c>, filled by the store: folding is the core's, not SQL's) with an index that
/// leaves out records without a value. Brought up to the registry at every start, adding only what
/// is missing (an ALTER TABLE locks the table even when it changes nothing, and another instance
/// may be serving from it); a column or index the registry no longer asks for is left for an
/// operator to drop.
/// </summary>
internal static class ModuleTables
{
    /// <summary>The column holding the record's values.</summary>
    public const string RecordColumn = "record";

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
            yield return $"CREATE TABLE {table} (id text PRIMARY KEY, seq bigint NOT NULL, {RecordColumn} jsonb NOT NULL)";
        }

        foreach (var column in KeyColumns(module).Where(c => !columns.Contains($"{raw}.{c}")))
        {
            yield return $"ALTER TABLE {table} ADD COLUMN {SqlName.Quote(column)} text";
        }

        foreach (var (name, definition) in Indexes(module, table, raw).Where(i => !indexes.Contains(i.Name)))
        {
            yield return $"CREATE INDEX {SqlName.Quote(name)} ON {table} {definition}";
        }
    }

    /// <summary>The key columns of the module's indexed fields (<c>k_email1</c>, …).</summary>
    public static IEnumerable<string> KeyColumns(ModuleDefinition module) =>
        IndexedFields(module).Select(f => "k_" + f.Name);

    public static IEnumerable<FieldDefinition> IndexedFields(ModuleDefinition module) =>
        module.Fields.Where(f => f.Indexed && f.Name != CommonFields.Id);

    /// <summary>Every index the registry asks of the module's table, by name.</summary>
    private static IEnumerable<(string Name, string Definition)> Indexes(ModuleDefinition module, string table, string raw)
    {
        foreach (var field in IndexedFields(module))
        {
            var key = SqlName.KeyColumn(field.Name);
            yield return ($"{raw}_k_{field.Name}", $"({key}) WHERE {key} IS NOT NULL");
        }

        yield return (raw + "_seq", "(seq)");

        // A creator's own live records since a time (a partner's submissions, its get_entry_list).
        if (module.FindField(CommonFields.CreatedBy) is not null && module.FindField(CommonFields.DateEntered) is not null)
        {
            yield return (raw + "_created", $"(({RecordColumn}->>'{CommonFields.CreatedBy}'), ({RecordColumn}->>'{CommonFields.DateEntered}')) "
                + $"WHERE ({RecordColumn}->>'{CommonFields.Deleted}') IS DISTINCT FROM '1'");
        }
    }
}
