using CrmIntegration.Core.Security;

namespace CrmIntegration.Core;

/// <summary>Where the data lives and how sessions behave; bound from configuration by the hosts.</summary>
public sealed class CrmCoreOptions
{
    public const string DefaultDataDirectory = "data";
    public const string DatabaseFileName = "crm.db";

    /// <summary>The LiteDB file; <c>:memory:</c> for a throw-away store (tests).</summary>
    public string DatabasePath { get; set; } = Path.Combine(DefaultDataDirectory, DatabaseFileName);

    public SecurityOptions Security { get; set; } = new();
}
