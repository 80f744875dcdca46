using System.Globalization;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Query;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Storage;

namespace CrmIntegration.Core.Tests.Storage.Contract;

/// <summary>
/// What every <see cref="ICrmStore"/> must do, whatever its engine: a store passes by subclassing
/// this with <see cref="OpenStore"/> (LiteDB file and in memory now; PostgreSQL next). Split by area:
/// records, the query method, relationships/audit/sessions/journals/sequences, the mail queue and its
/// claim leases, the change sequence and transactions, job runs and their leases, and queries checked against in-memory
/// evaluation on generated data. <see cref="DurableStoreContract"/> adds what must survive a restart.
/// </summary>
public abstract partial class StoreContract : IDisposable
{
    protected static readonly DateTime Noon = new(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

    protected StoreContract()
    {
        Store = OpenStore();
    }

    protected ICrmStore Store { get; private set; }

    protected static ModuleRegistry Registry => ModuleRegistry.Default;

    protected static ModuleDefinition Leads => Registry.Get("Leads");

    /// <summary>A store over the subclass's database: empty the first time, the same data when opened again.</summary>
    protected abstract ICrmStore OpenStore();

    public virtual void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the store and opens it again on the same data (a restart).</summary>
    protected void Reopen()
    {
        Store.Dispose();
        Store = OpenStore();
    }

    /// <summary>A lead as the store takes it (written straight to it, no services).</summary>
    protected static CrmRecord Lead(string lastName, params (string Field, string? Value)[] values)
    {
        var lead = new CrmRecord("Leads", new Dictionary<string, string?>
        {
            [CommonFields.Id] = Guid.NewGuid().ToString(),
            ["last_name"] = lastName,
            [CommonFields.Deleted] = "0",
            [CommonFields.DateEntered] = "2026-03-02 08:30:00",
            [CommonFields.CreatedBy] = "admin-1",
            ["status"] = "New",
        });
        foreach (var (field, value) in values)
        {
            lead[field] = value;
        }

        return lead;
    }

    protected static string Day(int day, int hour = 9) =>
        new DateTime(2026, 1, 1, hour, 0, 0).AddDays(day - 1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A query over Leads with a SugarCRM WHERE and ORDER BY, parsed as the services parse them.</summary>
    protected static RecordQuery LeadQuery(string? where = null, string? orderBy = null) =>
        new("Leads")
        {
            Filter = QueryParser.ParseWhere(where, Leads, Registry),
            Order = QueryParser.ParseOrderBy(orderBy, Leads, Registry),
        };

    protected RecordPage Run(RecordQuery query) => Store.Query(query);

    protected static QueuedMail Mail(DateTime nextAttemptUtc, string? id = null) => new()
    {
        Id = id ?? Guid.NewGuid().ToString("N"),
        Status = MailStatus.Queued,
        Kind = "assignment",
        Module = "Leads",
        RecordId = "lead-1",
        ToUserId = "rep-1",
        To = "Binh <binh@hoasen.example.vn>",
        From = "CRM <crm@localhost>",
        Subject = "Lead assigned",
        TextBody = "A lead is yours.",
        MessageId = Guid.NewGuid().ToString("N") + "@localhost",
        CreatedUtc = nextAttemptUtc,
        NextAttemptUtc = nextAttemptUtc,
        Log = [new MailLogEntry(nextAttemptUtc, null, "queued", "built-in template")],
    };
}
