using System.Net;
using System.Text.Json;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class PageTests(ServerFixture server)
{
    [Fact]
    public async Task Home_ListsServicesWithWsdlLinks()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/service/v4_1/soap.svc?wsdl", html);
        Assert.Contains("/LeadIntake.svc?wsdl", html);
    }

    [Fact]
    public async Task Health_Reports200WithVersionAndDatabaseStatus()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var response = await http.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
        var database = json.RootElement.GetProperty("database");
        Assert.Equal("ok", database.GetProperty("status").GetString());
        Assert.Equal(TestStore.IsPostgreSql ? "PostgreSql" : "LiteDb", database.GetProperty("provider").GetString());
        Assert.Equal(TestStore.IsPostgreSql ? new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Database : "crm.db",
            database.GetProperty("name").GetString());
        Assert.True(database.GetProperty("size_bytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Wsdl_IsServedWithEveryOperation()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var wsdl = await http.GetStringAsync("/service/v4_1/soap.svc?wsdl");

        foreach (var operation in new[]
        {
            "login", "logout", "get_server_info", "get_user_id", "get_available_modules", "get_module_fields", "set_entry",
            "set_entries", "get_entry", "get_entries", "get_entry_list", "get_entries_count", "set_relationship",
            "set_relationships", "get_relationships", "search_by_module",
        })
        {
            Assert.Contains($"<wsdl:operation name=\"{operation}\"", wsdl);
        }
    }
}
