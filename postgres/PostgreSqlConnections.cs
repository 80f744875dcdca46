using Npgsql;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// Where the store's connections come from: one pooled <see cref="NpgsqlDataSource"/> per
/// <c>Storage:ConnectionString</c>, so every store and job of a process shares one pool.
/// </summary>
public static class PostgreSqlConnections
{
    /// <summary>The application name each connection reports, so an operator can tell the CRM's sessions apart in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "CrmIntegration";

    /// <summary>A data source over <paramref name="connectionString"/> (a key=value string or a <c>postgres://</c> URL), naming the application.</summary>
    /// <exception cref="ArgumentException">The connection string cannot be read.</exception>
    public static NpgsqlDataSource Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(FromUrl(connectionString)) { ApplicationName = ApplicationName };
        return NpgsqlDataSource.Create(builder);
    }

    /// <summary>Where a data source connects, for messages and <c>crm db info</c>: <c>postgres://host:port/database</c>, never the password.</summary>
    public static string Describe(NpgsqlDataSource database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var where = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"postgres://{where.Host}:{where.Port}/{where.Database}";
    }

    /// <summary>
    /// <c>postgres://user:password@host:port/database?key=value</c> (the form operators and <c>crm db copy</c>
    /// use) as Npgsql's key=value form; anything else is returned as it is.
    /// </summary>
    public static string FromUrl(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var url) || url.Scheme is not ("postgres" or "postgresql"))
        {
            return connectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.UserInfo.Split(':', 2) is [var user, ..] and var parts && user.Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(value);
        }

        return builder.ConnectionString;
    }
}
