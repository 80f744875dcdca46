namespace CrmIntegration.Core.Configuration.Checks;

/// <summary>The <c>Storage</c> section's checks.</summary>
internal static class StorageChecks
{
    public static void Check(StorageOptions options, SettingsCheck check)
    {
        if (!StorageOptions.Providers.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            throw check.Invalid("Storage:Provider", $"is '{options.Provider}', which is not a storage provider: use {string.Join(" or ", StorageOptions.Providers)}");
        }

        // A path naming a directory is reported where the file is opened (crm: exit code 6, as for a missing file).
        check.NotEmpty("Storage:Path", options.Path, "/srv/crm/data/crm.db");

        check.AtLeast("Storage:ReadCacheRecords", options.ReadCacheRecords, 0);
        if (options.IsPostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw check.Invalid("Storage:ConnectionString",
                "is empty, and Storage:Provider PostgreSql needs it: give the database, e.g. postgres://crm:PASSWORD@db.example.com:5432/crm");
        }
    }
}
