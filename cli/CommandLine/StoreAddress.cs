using CrmIntegration.Core.Storage;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// A store named on the command line (<c>crm db copy --to/--from</c>): a PostgreSQL database, as a
/// <c>postgres://</c> URL or a key=value connection string (<c>Host=…;Database=…</c>), or else a
/// LiteDB file path, taken from the caller's working directory when relative.
/// </summary>
/// <param name="Provider"><see cref="StoreFactory.LiteDb"/> or <see cref="StoreFactory.PostgreSql"/>.</param>
/// <param name="Value">The full file path, or the connection string as given.</param>
/// <param name="Display">How messages name it: the path, or <c>postgres://host:port/database</c> without the password.</param>
internal sealed record StoreAddress(string Provider, string Value, string Display)
{
    public bool IsPostgreSql => Provider == StoreFactory.PostgreSql;

    public static StoreAddress Parse(string text, CommandContext context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "postgres" or "postgresql")
        {
            var port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port;
            return new StoreAddress(StoreFactory.PostgreSql, text, $"postgres://{url.Host}:{port}{url.AbsolutePath}");
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) && text.Contains(';', StringComparison.Ordinal))
        {
            var pairs = text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
            return new StoreAddress(StoreFactory.PostgreSql, text,
                $"postgres://{pairs.GetValueOrDefault("Host")}:{pairs.GetValueOrDefault("Port") ?? "5432"}/{pairs.GetValueOrDefault("Database") ?? pairs.GetValueOrDefault("Username")}");
        }

        var path = context.ResolvePath(text);
        return new StoreAddress(StoreFactory.LiteDb, path, path);
    }

    /// <summary>Opens the store (the caller owns it); a LiteDB file is created when missing.</summary>
    public ICrmStore Open(Core.Modules.ModuleRegistry registry) =>
        StoreFactory.Open(Provider, IsPostgreSql ? "unused" : Value, registry, connectionString: IsPostgreSql ? Value : null);
}
