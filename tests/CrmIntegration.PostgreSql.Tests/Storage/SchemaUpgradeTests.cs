using CrmIntegration.Core.Modules;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using CrmIntegration.Storage.PostgreSql;
using CrmIntegration.Storage.PostgreSql.Schema;
using Npgsql;

namespace CrmIntegration.PostgreSql.Tests.Storage;

/// <summary>
/// The schema is made and brought up to date at start: numbered migrations once each, a record table
/// per module of the registry with its key columns and an index per indexed field, several instances
/// starting at once upgrading the database once, a registry that grows adding indexes without
/// touching rows.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaUpgradeTests(PostgresFixture postgres)
{
    [Fact]
    public async Task EmptyDatabase_GetsEveryMigration_AndATablePerModuleWithAnIndexPerIndexedField()
    {
        await using var database = PostgreSqlConnections.Open(await postgres.Cluster.CreateDatabaseAsync());

        var applied = await SchemaUpgrade.RunAsync(database, ModuleRegistry.Default);

        Assert.Equal(Migrations.All.Select(m => m.Version), applied);
        var columns = await NamesAsync(database, "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'");
        var indexes = await NamesAsync(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
        foreach (var module in ModuleRegistry.Default.Modules)
        {
            var table = "m_" + module.TableName;
            Assert.Contains($"{table}.id", columns);
            Assert.Contains($"{table}.seq", columns);
            Assert.Contains($"{table}.record", columns);
            Assert.Contains($"{table}.keys", columns);
            Assert.Contains($"{table}.nums", columns);
            Assert.All(module.Fields.Where(f => f.Indexed && f.Name != CommonFields.Id), f => Assert.Contains($"{table}_key_{f.Name}", indexes));
        }

        Assert.Contains("m_leads_created", indexes);
        Assert.Contains("crm_mail_due", indexes);
    }

    [Fact]
    public async Task UpToDateDatabase_IsLeftAsItIs()
    {
        await using var database = PostgreSqlConnections.Open(await postgres.Cluster.CreateDatabaseAsync());
        await SchemaUpgrade.RunAsync(database, ModuleRegistry.Default);
        var before = await NamesAsync(database, "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'");

        var applied = await SchemaUpgrade.RunAsync(database, ModuleRegistry.Default);

        Assert.Empty(applied);
        Assert.Equal(before, await NamesAsync(database, "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"));
        Assert.Equal(Migrations.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await NamesAsync(database, "SELECT count(*)::text FROM crm_schema_migrations")).Single());
    }

    [Fact]
    public async Task InstancesStartingAtOnce_UpgradeTheDatabaseOnce()
    {
        await using var database = PostgreSqlConnections.Open(await postgres.Cluster.CreateDatabaseAsync());

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SchemaUpgrade.RunAsync(database, ModuleRegistry.Default))));

        Assert.Single(runs, r => r.Count > 0);
        Assert.Equal(Migrations.All.Select(m => m.Version), runs.Single(r => r.Count > 0));
    }

    [Fact]
    public async Task RegistryWithANewIndexedField_AddsItsIndex_AndKeepsTheRows()
    {
        await using var database = PostgreSqlConnections.Open(await postgres.Cluster.CreateDatabaseAsync());
        await SchemaUpgrade.RunAsync(database, ModuleRegistry.Default);
        await ExecuteAsync(database, "INSERT INTO m_leads (id, seq, record, keys, nums) VALUES ('lead-1', 1, '{\"last_name\": \"Trần\"}', '{}', '{}')");
        var grown = Grown(ModuleRegistry.Default, "Leads", new FieldDefinition("zalo_id", FieldType.Varchar, "Zalo ID", "Mã Zalo") { Indexed = true });

        var applied = await SchemaUpgrade.RunAsync(database, grown);

        Assert.Empty(applied);
        Assert.Contains("m_leads_key_zalo_id", await NamesAsync(database, "SELECT indexname FROM pg_indexes WHERE tablename = 'm_leads'"));
        Assert.Equal(["Trần"], await NamesAsync(database, "SELECT record->>'last_name' FROM m_leads WHERE id = 'lead-1'"));
    }

    [Fact]
    public void Names_OutsidePlainIdentifiers_AreRefusedBeforeAnySqlIsWritten()
    {
        Assert.Equal("\"m_leads\"", SqlName.ModuleTable("leads"));
        Assert.Throws<ArgumentException>(() => SqlName.Quote("leads\"; DROP TABLE m_users; --"));
        Assert.Throws<ArgumentException>(() => SqlName.Quote("Leads"));
        Assert.Throws<ArgumentException>(() => SqlName.Quote(new string('a', 64)));
    }

    private static ModuleRegistry Grown(ModuleRegistry registry, string module, FieldDefinition field) =>
        new(registry.Modules.Select(m => m.Name != module ? m
                : new ModuleDefinition(m.Name, m.TableName, m.LabelEn, m.LabelVi, [.. m.Fields, field], m.Links)
                {
                    Audited = m.Audited, DisplayField = m.DisplayField, SearchFields = m.SearchFields,
                }),
            registry.Relationships);

    private static async Task<List<string>> NamesAsync(NpgsqlDataSource database, string sql)
    {
        var names = new List<string>();
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
