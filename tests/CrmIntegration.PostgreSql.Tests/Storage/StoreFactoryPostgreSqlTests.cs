using System.Net;
using System.Net.Sockets;
using CrmIntegration.Core;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using CrmIntegration.Storage.PostgreSql;
using Npgsql;

namespace CrmIntegration.PostgreSql.Tests.Storage;

/// <summary>
/// <c>Storage:Provider=PostgreSql</c> through the factory the hosts use: the store opens from its
/// assembly by name, and a database that cannot be used is one line naming it (never its password)
/// and PostgreSQL's reason.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreFactoryPostgreSqlTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Provider_PostgreSql_OpensTheDatabase_AndTheCoreRunsOnIt()
    {
        var connection = await postgres.Cluster.CreateDatabaseAsync();
        var directory = Directory.CreateTempSubdirectory("crm-pg-core-");
        try
        {
            using (var core = CrmCore.Open(new CrmCoreOptions
            {
                StorageProvider = "postgresql",
                ConnectionString = connection,
                DatabasePath = Path.Combine(directory.FullName, "crm.db"),
            }))
            {
                Assert.IsType<PostgreSqlCrmStore>(core.Store);
                core.Store.Insert(new CrmRecord("Leads", new Dictionary<string, string?> { ["id"] = "lead-1", ["last_name"] = "Trần" }));
            }

            using var reopened = StoreFactory.Open(StoreFactory.PostgreSql, "unused", ModuleRegistry.Default, connectionString: connection);
            Assert.Equal("Trần", reopened.Get("Leads", "lead-1")!["last_name"]);

            // No database file: on PostgreSQL the path only places the data directory.
            Assert.False(File.Exists(Path.Combine(directory.FullName, "crm.db")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void NobodyListening_IsDatabaseUnreachable_NamingTheDatabaseButNotThePassword()
    {
        var port = ClosedPort();

        var error = Assert.Throws<CrmException>(() => StoreFactory.Open(StoreFactory.PostgreSql, "unused", ModuleRegistry.Default,
            connectionString: $"postgres://crm:pg-secret@127.0.0.1:{port}/crm?Timeout=3"));

        Assert.Equal(CrmErrorCode.DatabaseUnreachable, error.Code);
        Assert.StartsWith($"the database postgres://127.0.0.1:{port}/crm (Storage:ConnectionString) cannot be used: ", error.Message);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pg-secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void MissingDatabase_IsDatabaseUnreachable_InPostgreSqlsWords()
    {
        var connection = new NpgsqlConnectionStringBuilder(postgres.Cluster.ConnectionString()) { Database = "no_such_crm" }.ConnectionString;

        var error = Assert.Throws<CrmException>(() => StoreFactory.Open(StoreFactory.PostgreSql, "unused", ModuleRegistry.Default, connectionString: connection));

        Assert.Equal(CrmErrorCode.DatabaseUnreachable, error.Code);
        Assert.Contains("database \"no_such_crm\" does not exist (SQLSTATE 3D000)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Colour=blue", "cannot be read")]
    [InlineData(" ", "is empty")]
    public void UnreadableConnectionString_IsBadConfiguration_NamingTheKey(string connection, string problem)
    {
        var error = Assert.Throws<CrmException>(() => StoreFactory.Open(StoreFactory.PostgreSql, "unused", ModuleRegistry.Default, connectionString: connection));

        Assert.Equal(CrmErrorCode.BadConfiguration, error.Code);
        Assert.StartsWith("configuration: Storage:ConnectionString " + problem, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nobody listens on (taken and released at once).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
