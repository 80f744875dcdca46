using Npgsql;

namespace CrmIntegration.PostgreSql.Tests.Infrastructure;

/// <summary>The tests' PostgreSQL is private to the run: its own directory, a free loopback port, a database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Cluster_IsPrivateToTheRun_OnLoopback_WithItsDataInItsTemporaryDirectory()
    {
        await using var connection = new NpgsqlConnection(postgres.Cluster.ConnectionString());
        await connection.OpenAsync();

        Assert.Equal(postgres.Cluster.DataDirectory, await ScalarAsync(connection, "SHOW data_directory"));
        Assert.Equal("127.0.0.1", await ScalarAsync(connection, "SHOW listen_addresses"));
        Assert.Equal(postgres.Cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), await ScalarAsync(connection, "SHOW port"));
        Assert.StartsWith(Path.GetTempPath(), postgres.Cluster.Root, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachTest_GetsAnEmptyDatabaseOfItsOwn()
    {
        var first = await postgres.Cluster.CreateDatabaseAsync();
        var second = await postgres.Cluster.CreateDatabaseAsync();

        await using var one = new NpgsqlConnection(first);
        await one.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE marker (id int)", one))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var other = new NpgsqlConnection(second);
        await other.OpenAsync();
        Assert.NotEqual(await ScalarAsync(one, "SELECT current_database()"), await ScalarAsync(other, "SELECT current_database()"));
        Assert.Equal("0", await ScalarAsync(other, "SELECT count(*) FROM pg_tables WHERE tablename = 'marker'"));
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
