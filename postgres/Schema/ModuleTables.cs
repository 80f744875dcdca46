using CrmIntegration.Core.Modules;

namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// A record table per module, following the registry: a text column per field (values are kept in
/// their wire form, as the LiteDB store keeps them), <c>extra</c> for values under names the
/// registry does not know (nothing a record holds is dropped), the number of the record's last write
/// in the change sequence (<c>seq</c>), and for every field the registry marks indexed a folded key
/// column (<c>k_&lt;field&gt;</c>, filled by the store) with an index that leaves out records without
/// a value. Brought up to the registry at every start, adding only what is missing (an ALTER TABLE
/// locks the table even when it changes nothing, and another instance may be serving from it): a
/// column or index the registry no longer names is left for an operator to drop.
/// </summary>
internal static class ModuleTables
{
    /// <summary>
    /// The statements that bring <paramref name="module"/>'s table up to the registry, given the
    /// columns (<c>table.column</c>) and indexes the database has now.
    /// </summary>
    public static IEnumerable<string> Statements(ModuleDefinition module, IReadOnlySet<string> columns, IReadOnlySet<string> indexes)
    {
        var raw = "m_" + module.TableName;
        var table = SqlName.ModuleTable(module.TableName);
        var exists = columns.Any(c => c.StartsWith(raw + ".", StringComparison.Ordinal));
        if (!exists)
        {
            yield return $"CREATE TABLE {table} (id text PRIMARY KEY, seq bigint NOT NULL, extra jsonb NOT NULL DEFAULT '{{}}')";
        }

        var wanted = module.Fields.Where(f => f.Name != CommonFields.Id).Select(f => f.Name)
            .Concat(module.Fields.Where(f => f.Indexed && f.Name != CommonFields.Id).Select(f => "k_" + f.Name));
        foreach (var column in wanted.Where(c => !columns.Contains($"{raw}.{c}")))
        {
            yield return $"ALTER TABLE {table} ADD COLUMN {SqlName.Quote(column)} text";
        }

        foreach (var (name, definition) in Indexes(module, table, raw).Where(i => !indexes.Contains(i.Name)))
        {
            yield return $"CREATE INDEX {SqlName.Quote(name)} ON {table} {definition}";
        }
    }

    /// <summary>Every index the registry asks of the module's table, by name.</summary>
    public static IEnumerable<(string Name, string Definition)> Indexes(ModuleDefinition module, string table, string raw)
    {
        foreach (var field in module.Fields.Where(f => f.Indexed && f.Name != CommonFields.Id))
        {
            var key = SqlName.KeyColumn(field.Name);
            yield return ($"{raw}_k_{field.Name}", $"({key}) WHERE {key} IS NOT NULL");
        }

        yield return (raw + "_seq", "(seq)");

        // A creator's own live records since a time (a partner's submissions, its get_entry_list).
        if (module.FindField(CommonFields.CreatedBy) is not null && module.FindField(CommonFields.DateEntered) is not null
            && module.FindField(CommonFields.Deleted) is not null)
        {
            yield return (raw + "_created", $"({SqlName.Quote(CommonFields.CreatedBy)}, {SqlName.Quote(CommonFields.DateEntered)}) "
                + $"WHERE {SqlName.Quote(CommonFields.Deleted)} IS DISTINCT FROM '1'");
        }
    }
}
