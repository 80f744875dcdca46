namespace CrmIntegration.Storage.PostgreSql.Schema;

/// <summary>
/// One numbered step of the schema: applied once, in order, in the same transaction as its entry in
/// <c>crm_schema_migrations</c>, so a database is never left half-way through a step.
/// </summary>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
