using CrmIntegration.Core.Configuration.Checks;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Jobs.Scheduling;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// The sections both hosts read, check and <c>crm config show</c> lists, in that order. Another
/// section plugs in as one more entry (its options class and checks); a section that is not listed
/// here (<c>Logging</c>, <c>Kestrel</c>, one not yet built) is no error, and is shown as written.
/// </summary>
public static class SettingsSections
{
    public static readonly SettingsSection Storage = new SettingsSection<StorageOptions>(StorageOptions.SectionName, StorageChecks.Check);

    public static readonly SettingsSection Security = new SettingsSection<SecurityOptions>("Security", SecurityChecks.Check);

    public static readonly SettingsSection Matching = new SettingsSection<MatchingOptions>(MatchingOptions.SectionName, MatchingChecks.Check);

    public static readonly SettingsSection Mail = new SettingsSection<MailOptions>(MailOptions.Section, MailChecks.Check);

    public static readonly SettingsSection Intake =
        new SettingsSection<IntakeOptions>(IntakeOptions.SectionName, IntakeChecks.Check, IntakeChecks.CheckAgainstStore);

    public static readonly SettingsSection Server = new SettingsSection<ServerOptions>(ServerOptions.SectionName, ServerChecks.Check);

    /// <summary>Job schedules; entries naming a job that does not exist are refused where the jobs are known (the server, <c>crm jobs</c>).</summary>
    public static readonly SettingsSection Scheduling =
        new SettingsSection<SchedulingOptions>(SchedulingOptions.Section, (options, _) => options.Validate());

    /// <summary>The server's admin endpoint for <c>crm</c> commands handed to it.</summary>
    public static readonly SettingsSection Admin = new SettingsSection<AdminOptions>(AdminOptions.SectionName);

    public static IReadOnlyList<SettingsSection> All { get; } = [Storage, Security, Matching, Mail, Intake, Server, Scheduling, Admin];
}
