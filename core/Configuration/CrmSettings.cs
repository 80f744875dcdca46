using CrmIntegration.Core.Configuration.Sources;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Security;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// The settings of both hosts, read and checked: the configuration they came from and the options
/// of every section in <see cref="SettingsSections.All"/>.
/// </summary>
public sealed class CrmSettings
{
    private readonly Dictionary<SettingsSection, object> _options;

    private CrmSettings(IConfigurationRoot configuration, IReadOnlyList<SettingsSection> sections, Dictionary<SettingsSection, object> options)
    {
        Configuration = configuration;
        Sections = sections;
        _options = options;
    }

    /// <summary>Everything the sources gave, for settings no section binds (<c>Logging</c>).</summary>
    public IConfigurationRoot Configuration { get; }

    public IReadOnlyList<SettingsSection> Sections { get; }

    public StorageOptions Storage => Get<StorageOptions>();

    public SecurityOptions Security => Get<SecurityOptions>();

    public MatchingOptions Matching => Get<MatchingOptions>();

    public MailOptions Mail => Get<MailOptions>();

    public IntakeOptions Intake => Get<IntakeOptions>();

    public ServerOptions Server => Get<ServerOptions>();

    /// <summary>The options of the section bound to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">No section of <see cref="Sections"/> binds <typeparamref name="T"/>.</exception>
    public T Get<T>() where T : class =>
        _options.FirstOrDefault(p => p.Key.OptionsType == typeof(T)).Value as T
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not the options of a settings section (add it to SettingsSections.All)");

    /// <summary>The options of <paramref name="section"/>.</summary>
    public object Get(SettingsSection section) => _options[section];

    /// <summary>Where <paramref name="key"/>'s value came from: <c>default</c>, <c>appsettings.json</c>, a file's path, <c>environment CRM_…</c>, <c>--db</c>.</summary>
    public string SourceOf(string key) => SettingSources.Describe(Configuration, key);

    /// <summary>Reads and checks every section of <paramref name="sections"/> (default: all).</summary>
    /// <exception cref="Errors.CrmException"><see cref="Errors.CrmErrorCode.BadConfiguration"/>, one line naming the key, its source and what would be right.</exception>
    public static CrmSettings Bind(IConfigurationRoot configuration, IReadOnlyList<SettingsSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        sections ??= SettingsSections.All;
        RetiredSettings.Refuse(configuration);
        var check = new SettingsCheck(configuration);
        var options = new Dictionary<SettingsSection, object>();
        foreach (var section in sections)
        {
            options[section] = section.Bind(configuration, check);
        }

        return new CrmSettings(configuration, sections, options);
    }

    /// <summary>The checks that need the database; the server runs them once it has opened it.</summary>
    /// <exception cref="Errors.CrmException"><see cref="Errors.CrmErrorCode.BadConfiguration"/> (e.g. an assignment team naming a user who does not exist).</exception>
    public void CheckAgainst(CrmCore core)
    {
        ArgumentNullException.ThrowIfNull(core);
        var check = new SettingsCheck(Configuration);
        foreach (var section in Sections)
        {
            section.CheckAgainst(_options[section], core, check);
        }
    }

    /// <summary>What <see cref="CrmCore.Open(CrmCoreOptions, TimeProvider?, Modules.ModuleRegistry?)"/> takes, from these settings.</summary>
    /// <param name="warn">Told, one line each, what opening changed or left alone (data directory permissions).</param>
    public CrmCoreOptions ToCoreOptions(Action<string>? warn = null) => new()
    {
        StorageProvider = Storage.Provider,
        DatabasePath = Storage.Path,
        ConnectionString = Storage.ConnectionString,
        ReadCacheRecords = Storage.ReadCacheRecords,
        Security = Security,
        Matching = Matching,
        Mail = Mail,
        Intake = Intake,
        Warn = warn,
    };
}
