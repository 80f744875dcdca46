using System.Globalization;
using System.Text.Json;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using CrmIntegration.Storage.PostgreSql;
using CrmIntegration.Storage.PostgreSql.Query;
using Npgsql;

namespace CrmIntegration.PostgreSql.Tests.Storage;

/// <summary>
/// The query method is done by the database on its indexes: on 20,000 leads, PostgreSQL's own plan
/// for an indexed equality, an address lookup through the derived key and the first page by date is
/// an index scan, never a sequential one, and the page and the total come back from SQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlQueryPlanTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int Leads = 20_000;

    private string _connection = "";
    private PostgreSqlCrmStore? _store;

    private PostgreSqlCrmStore Store => _store!;

    public async Task InitializeAsync()
    {
        _connection = await postgres.Cluster.CreateDatabaseAsync();
        _store = PostgreSqlCrmStore.Open(_connection, ModuleRegistry.Default);
        Store.InsertMany(Enumerable.Range(0, Leads).Select(Lead));
        await ExecuteAsync("ANALYZE");
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("last_name = 'họ 12345'", "m_leads_key_last_name", 1)]
    [InlineData("email1 = 'LEAD777@example.vn'", "m_leads_key_email_key", 1)]
    [InlineData("last_name IN ('HỌ 1', 'họ 2')", "m_leads_key_last_name", 2)]
    public async Task SelectiveConditions_AreIndexScans(string where, string index, int matches)
    {
        var query = Query(where) with { CountTotal = true, Limit = 20 };

        var plan = await PlanAsync(query);

        Assert.True(plan.Contains(index, StringComparison.Ordinal), $"{index} not in the plan: {plan}");
        Assert.DoesNotContain("Seq Scan", plan);
        var page = Store.Query(query);
        Assert.Equal((matches, matches), (page.Records.Count, page.Total));
    }

    [Fact]
    public async Task FirstPageByDate_ReadsTheDateIndex_WithoutSortingTheTable()
    {
        var query = new RecordQuery("Leads") { Limit = 20 };

        var plan = await PlanAsync(query);
        var page = Store.Query(query);

        Assert.Contains("m_leads_key_date_entered", plan);
        Assert.DoesNotContain("Sort", plan);
        Assert.Equal(Enumerable.Range(0, 20).Select(Id), page.Records.Select(r => r.Id));
    }

    [Fact]
    public void PageAndTotal_ComeFromTheDatabase()
    {
        var page = Store.Query(Query("status = 'dead'", "date_entered DESC") with { Offset = 5, Limit = 10, CountTotal = true });

        // Every tenth lead is Dead: 2,000; the page is the 6th to 15th newest of them.
        Assert.Equal(Leads / 10, page.Total);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => Id(Leads - 1 - 10 * (5 + i))), page.Records.Select(r => r.Id));
    }

    private static CrmRecord Lead(int i) => new("Leads", new Dictionary<string, string?>
    {
        [CommonFields.Id] = Id(i),
        ["last_name"] = $"Họ {i}",
        ["status"] = i % 10 == 9 ? "Dead" : "New",
        ["email1"] = $"lead{i}@example.vn",
        ["email_key"] = $"lead{i}@example.vn",
        ["phone_mobile"] = $"+849{i:D8}",
        [CommonFields.DateEntered] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i).ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture),
        [CommonFields.Deleted] = "0",
    });

    private static string Id(int i) => $"lead-{i:D6}";

    private static RecordQuery Query(string where, string orderBy = "") => new("Leads")
    {
        Filter = QueryParser.ParseWhere(where, ModuleRegistry.Default.Get("Leads"), ModuleRegistry.Default),
        Order = orderBy.Length == 0 ? [] : QueryParser.ParseOrderBy(orderBy, ModuleRegistry.Default.Get("Leads"), ModuleRegistry.Default),
    };

    /// <summary>PostgreSQL's plan for the page statement, with the query's own parameter values, as JSON text.</summary>
    private async Task<string> PlanAsync(RecordQuery query)
    {
        var sql = SqlQuery.For(ModuleRegistry.Default.Get("Leads"), query) ?? throw new InvalidOperationException($"no SQL for {query}");
        await using var database = NpgsqlDataSource.Create(_connection);
        await using var command = database.CreateCommand("EXPLAIN (FORMAT JSON) " + sql.Page);
        foreach (var value in sql.Parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var plan = (string)(await command.ExecuteScalarAsync())!;
        return JsonDocument.Parse(plan).RootElement.ToString();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var database = NpgsqlDataSource.Create(_connection);
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
