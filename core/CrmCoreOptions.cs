using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Core;

/// <summary>Where the data lives and how sessions behave; bound from configuration by the hosts.</summary>
public sealed class CrmCoreOptions
{
    public const string DefaultDataDirectory = "data";
    public const string DatabaseFileName = "crm.db";

    /// <summary>
    /// Which store keeps the data (<c>Storage:Provider</c>): one of <see cref="Storage.StoreFactory.Providers"/>,
    /// default <see cref="Storage.StoreFactory.LiteDb"/>.
    /// </summary>
    public string StorageProvider { get; set; } = Storage.StoreFactory.LiteDb;

    /// <summary>The PostgreSQL database when <see cref="StorageProvider"/> is PostgreSql (<c>Storage:ConnectionString</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The LiteDB file; <c>:memory:</c> for a throw-away store (tests). On PostgreSQL it only places the data directory.</summary>
    public string DatabasePath { get; set; } = Path.Combine(DefaultDataDirectory, DatabaseFileName);

    /// <summary>
    /// Records kept in the store's read cache (hot <c>get_entry</c> reads, session users); 0 turns it
    /// off. Configuration key <c>Storage:ReadCacheRecords</c>.
    /// </summary>
    public int ReadCacheRecords { get; set; } = LiteDbCrmStore.DefaultCacheCapacity;

    public SecurityOptions Security { get; set; } = new();

    /// <summary>Duplicate matching rules (configuration section <c>Matching</c>); the engine's defaults when unset.</summary>
    public MatchingOptions Matching { get; set; } = new();

    /// <summary>Notification mail: sender, templates, SMTP or pickup directory, retries (section <c>Mail</c>).</summary>
    public MailOptions Mail { get; set; } = new();

    /// <summary>The pickup directory: <c>Mail:OutboxDirectory</c>, else <c>outbox/</c> beside the database file.</summary>
    public string OutboxDirectory =>
        Mail.OutboxDirectory is { Length: > 0 } configured ? configured
        : DatabasePath == Storage.StoreFactory.InMemoryPath ? Path.Combine(DefaultDataDirectory, "outbox")
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DatabasePath))!, "outbox");

    /// <summary>Lead intake: duplicate actions and assignment (configuration section <c>Intake</c>).</summary>
    public IntakeOptions Intake { get; set; } = new();

    /// <summary>
    /// Told, one line each, what opening the store changed or could not change about who may read
    /// the data (a database or outbox that was readable by others); the server logs it, <c>crm</c>
    /// prints it on stderr. Null: nobody is told.
    /// </summary>
    public Action<string>? Warn { get; set; }
}
