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

        check.NotEmpty("Storage:Path", options.Path, "/srv/crm/data/crm.db");
        if (Directory.Exists(options.Path))
        {
            throw check.Invalid("Storage:Path", $"names the directory {options.Path}: name the database file, e.g. {Path.Combine(options.Path, "crm.db")}");
        }

        check.AtLeast("Storage:ReadCacheRecords", options.ReadCacheRecords, 0);
    }
}
