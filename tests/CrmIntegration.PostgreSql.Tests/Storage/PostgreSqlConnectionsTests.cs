using CrmIntegration.Storage.PostgreSql;
using Npgsql;

namespace CrmIntegration.PostgreSql.Tests.Storage;

/// <summary><c>Storage:ConnectionString</c> is taken as Npgsql's key=value form or as a <c>postgres://</c> URL.</summary>
public sealed class PostgreSqlConnectionsTests
{
    [Fact]
    public void Url_IsReadIntoItsParts_WithEscapesUndone()
    {
        var parsed = new NpgsqlConnectionStringBuilder(
            PostgreSqlConnections.FromUrl("postgres://crm:p%40ss%3Aword@db.example.vn:6432/crm_prod?sslmode=require&Timeout=30"));

        Assert.Equal(("db.example.vn", 6432, "crm_prod", "crm", "p@ss:word"), (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
        Assert.Equal(SslMode.Require, parsed.SslMode);
        Assert.Equal(30, parsed.Timeout);
    }

    [Fact]
    public void Url_WithoutPortOrPassword_TakesPostgreSqlsDefaults()
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgreSqlConnections.FromUrl("postgresql://crm@localhost/crm"));

        Assert.Equal(("localhost", 5432, "crm", "crm", (string?)null), (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
    }

    [Fact]
    public void KeyValueForm_IsKeptAsItIs()
    {
        const string KeyValue = "Host=127.0.0.1;Port=5433;Database=crm;Username=crm";

        Assert.Equal(KeyValue, PostgreSqlConnections.FromUrl(KeyValue));
    }
}
