namespace CrmIntegration.Core.Storage;

/// <summary>
/// What <c>/health</c> reports about the store, read from the database itself on every call and
/// cheap enough for a load balancer to ask every few seconds (nothing is counted).
/// </summary>
/// <param name="Provider">The store's provider name (<see cref="StoreFactory.LiteDb"/> or <see cref="StoreFactory.PostgreSql"/>).</param>
/// <param name="Name">The database file's name, or the PostgreSQL database's name (never its host or login).</param>
/// <param name="SizeBytes">The size of the file, or of the PostgreSQL database.</param>
public sealed record StoreHealth(string Provider, string Name, long SizeBytes);
