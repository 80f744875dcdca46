using CrmIntegration.Core.Storage;

namespace CrmIntegration.Storage.PostgreSql;

/// <summary>
/// What the PostgreSQL store does not do yet: a backup of a PostgreSQL database is <c>pg_dump</c>'s
/// business (or <c>crm db copy</c>, still to come). It refuses loudly rather than pretend.
/// </summary>
public sealed partial class PostgreSqlCrmStore
{
    public StoreCopy BackupTo(string destination, bool overwrite = false) => throw Missing(nameof(BackupTo));

    private static NotSupportedException Missing(string member) =>
        new($"{member} is not implemented on the PostgreSQL store yet (issue 12 is in progress)");
}
