using CrmIntegration.Core.Activities;
using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Records.Rules;
using CrmIntegration.Core.Relationships;
using CrmIntegration.Core.Security;
using CrmIntegration.Core.ServiceContracts;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.GroupCommit;

namespace CrmIntegration.Core;

/// <summary>
/// The CRM core wired together over one store: what the SOAP server and the <c>crm</c> CLI both
/// hold. Disposing it closes the store and releases the database lock.
/// </summary>
public sealed class CrmCore : IDisposable
{
    private CrmCore(ICrmStore store, ModuleRegistry registry, CrmCoreOptions options, TimeProvider clock)
    {
        var security = options.Security;
        Store = store;
        Registry = registry;
        Clock = clock;
        Users = new UserDirectory(store);
        Access = new AccessPolicy(Users);
        Auth = new AuthService(store, Users, security, clock);
        MailOptions = options.Mail;
        OutboxDirectory = options.OutboxDirectory;
        Notifications = new NotificationService(store, registry, options.Mail, clock);
        Records = new RecordService(store, registry, Access, [new UsersRules(store, Users, Auth), new OpportunitiesRules(), new LeadsRules(), new AssetsRules(store)], clock,
            new AssignmentNotifier(Notifications, Users, options.Mail));
        Relationships = new RelationshipService(store, registry, Records, Access, clock);
        Search = new SearchService(Records);
        UserAdmin = new UserAdministration(store, Records, Users);
        Merges = new MergeService(store, registry, Access, Records, clock);
        Duplicates = new DuplicateCheck(store, Records, Access, options.Matching);
        Conversions = new LeadConversion(store, registry, Records, Relationships, Access, Duplicates);
        Activities = new ActivityHistory(store, registry, Records, Access, Users);
        MailDelivery = new MailDelivery(store, options.Mail, clock);
        DuplicateSearch = new DuplicateSearch(store, registry);
        Committer = new GroupCommitter(store);
        Intake = new LeadIntake(store, Records, Duplicates, new LeadAssigner(store, Users, options.Intake.Assignment), Committer, options.Intake);
        Submissions = new LeadSubmissions(store, registry, Access, Users);
    }

    public ICrmStore Store { get; }

    public ModuleRegistry Registry { get; }

    public TimeProvider Clock { get; }

    public UserDirectory Users { get; }

    public AccessPolicy Access { get; }

    public AuthService Auth { get; }

    public RecordService Records { get; }

    public RelationshipService Relationships { get; }

    public SearchService Search { get; }

    public UserAdministration UserAdmin { get; }

    /// <summary>Merging duplicate records and undoing merges (core/Matching/Merge).</summary>
    public MergeService Merges { get; }

    /// <summary>Duplicate checks of one candidate record against live Leads, Contacts and Accounts.</summary>
    public DuplicateCheck Duplicates { get; }

    /// <summary>Converting leads into contacts, accounts and opportunities, and targets into leads (core/Conversion).</summary>
    public LeadConversion Conversions { get; }

    /// <summary>A record's notes, calls, meetings and tasks as one chronological list (core/Activities).</summary>
    public ActivityHistory Activities { get; }

    public MailOptions MailOptions { get; }

    /// <summary>Where mail is written when no SMTP host is configured.</summary>
    public string OutboxDirectory { get; }

    /// <summary>Queues notification mail (core/Mail); delivery is <see cref="MailDelivery"/>'s job.</summary>
    public NotificationService Notifications { get; }

    public MailDelivery MailDelivery { get; }

    /// <summary>The transport the configuration asks for (SMTP, else the pickup directory); one per delivery run.</summary>
    public IMailTransport CreateMailTransport() => MailTransports.Create(MailOptions, OutboxDirectory);

    /// <summary>Finding duplicates in a module of the store (core/Matching/DuplicateSearch.cs).</summary>
    public DuplicateSearch DuplicateSearch { get; }

    /// <summary>Batches concurrent writes into shared durable transactions (the SOAP intake path).</summary>
    public GroupCommitter Committer { get; }

    /// <summary>Every path that creates Leads: idempotency, duplicate check, assignment (core/Intake).</summary>
    public LeadIntake Intake { get; }

    /// <summary>What submitters may ask about the leads they sent: status, and their submissions since a time (core/Intake).</summary>
    public LeadSubmissions Submissions { get; }

    /// <summary>
    /// Opens the configured store (<see cref="CrmCoreOptions.StorageProvider"/> over
    /// <see cref="CrmCoreOptions.DatabasePath"/>, through <see cref="StoreFactory"/>) and the core over it.
    /// </summary>
    /// <exception cref="Errors.CrmException"><see cref="Errors.CrmErrorCode.BadConfiguration"/> for bad Mail settings or an unknown <c>Storage:Provider</c>; 90 when
    /// another process holds the database; <see cref="Errors.CrmErrorCode.NotADatabase"/> for a file that is not one.</exception>
    public static CrmCore Open(CrmCoreOptions options, TimeProvider? clock = null, ModuleRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        registry ??= ModuleRegistry.Default;

        // Checked here too, before the file is touched; the overload below checks for hosts that open their own store.
        options.Mail.Validate();
        var store = StoreFactory.Open(options.StorageProvider, options.DatabasePath, registry, options.ReadCacheRecords, options.Warn,
            options.ConnectionString);
        try
        {
            if (options.DatabasePath != StoreFactory.InMemoryPath)
            {
                OwnerOnly.PrepareOutbox(options.OutboxDirectory, options.Warn);
            }
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return Open(store, options, clock, registry);
    }

    /// <summary>
    /// The core over a store the host opened itself (any <see cref="ICrmStore"/>). The core owns the
    /// store from here on: disposing the core disposes it, and so does a failure to open.
    /// </summary>
    /// <param name="store">The store; opened over <paramref name="registry"/>.</param>
    /// <param name="options">Everything but where the data lives; defaults when null.</param>
    /// <param name="clock">The time source (tests pass a manual one).</param>
    /// <param name="registry">The modules; <see cref="ModuleRegistry.Default"/> when null.</param>
    /// <exception cref="Errors.CrmException"><see cref="Errors.CrmErrorCode.BadConfiguration"/> for bad Mail settings.</exception>
    public static CrmCore Open(ICrmStore store, CrmCoreOptions? options = null, TimeProvider? clock = null, ModuleRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            options ??= new CrmCoreOptions();
            options.Mail.Validate();
            return new CrmCore(store, registry ?? ModuleRegistry.Default, options, clock ?? TimeProvider.System);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public static CrmCore InMemory(TimeProvider? clock = null, SecurityOptions? security = null) =>
        Open(new CrmCoreOptions { DatabasePath = StoreFactory.InMemoryPath, Security = security ?? new SecurityOptions() }, clock);

    /// <summary>Commits writes already queued for a group commit, then closes the store.</summary>
    public void Dispose()
    {
        Committer.Dispose();
        Store.Dispose();
    }
}
