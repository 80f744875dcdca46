using CrmIntegration.Core.Errors;
using Quartz;

namespace CrmIntegration.Core.Jobs.Scheduling;

/// <summary>
/// The configuration section <c>Scheduling</c>: the server's scheduler name, the default time zone
/// of cron expressions, and one entry per job (<c>Scheduling:Jobs:mail-delivery:Cron</c>, …). Bound by
/// both hosts; <see cref="Validate"/> refuses a bad value with one line naming its key.
/// </summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";
    public const string DefaultSchedulerName = "crm";
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// The Quartz scheduler's name (<c>Scheduling:SchedulerName</c>), as its log lines show it. Each
    /// process's scheduler is its own and in memory; which instance runs a slot is decided in the
    /// store (<see cref="JobLease"/>), so instances on one database need not share the name.
    /// </summary>
    public string SchedulerName { get; set; } = DefaultSchedulerName;

    /// <summary>The time zone cron expressions are read in unless a job names its own (<c>Scheduling:TimeZone</c>).</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>
    /// Per job, by name. Environment variables cannot hold a dash in every shell, so a key may spell
    /// the name with underscores: <c>CRM_Scheduling__Jobs__mail_delivery__Cron</c>.
    /// </summary>
    public Dictionary<string, JobScheduleOptions> Jobs { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks every value set: scheduler name, time zones and cron expressions.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/>, one line naming the first bad key.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(SchedulerName))
        {
            throw CrmException.SettingEmpty($"{Section}:{nameof(SchedulerName)}");
        }

        FindZone($"{Section}:{nameof(TimeZone)}", TimeZone);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, job) in Jobs)
        {
            var prefix = $"{Section}:{nameof(Jobs)}:{key}";
            if (!seen.TryAdd(JobName(key), prefix))
            {
                throw CrmException.JobSetTwice(seen[JobName(key)], prefix);
            }

            if (job.TimeZone is not null)
            {
                FindZone($"{prefix}:{nameof(JobScheduleOptions.TimeZone)}", job.TimeZone);
            }

            if (job.Cron is not null)
            {
                ParseCron($"{prefix}:{nameof(JobScheduleOptions.Cron)}", job.Cron);
            }
        }
    }

    /// <summary>Every job of <paramref name="catalog"/> with its effective schedule, after <see cref="Validate"/>.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> for a bad value, or an entry naming a job the catalogue does not have.</exception>
    public IReadOnlyList<JobSchedule> Resolve(JobCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Validate();
        foreach (var key in Jobs.Keys.Where(k => catalog.Find(JobName(k)) is null))
        {
            throw CrmException.UnknownJobSetting($"{Section}:{nameof(Jobs)}:{key}", key, catalog.Names);
        }

        return catalog.Jobs.Select(job =>
        {
            var entry = Jobs.FirstOrDefault(e => string.Equals(JobName(e.Key), job.Name, StringComparison.OrdinalIgnoreCase));
            var settings = entry.Value ?? new JobScheduleOptions();
            var cron = settings.Cron ?? job.DefaultCron;
            var zoneId = settings.TimeZone ?? TimeZone;
            var prefix = $"{Section}:{nameof(Jobs)}:{entry.Key ?? job.Name}";
            var zoneKey = settings.TimeZone is null ? $"{Section}:{nameof(TimeZone)}" : $"{prefix}:{nameof(JobScheduleOptions.TimeZone)}";
            var expression = ParseCron($"{prefix}:{nameof(JobScheduleOptions.Cron)}", cron).WithTimeZone(FindZone(zoneKey, zoneId));
            return new JobSchedule(job.Name, settings.Enabled, cron, zoneId, expression);
        }).ToList();
    }

    /// <summary>The job a configuration key names: <c>mail_delivery</c> is <c>mail-delivery</c>.</summary>
    private static string JobName(string key) => key.Replace('_', '-');

    private static CronExpression ParseCron(string key, string cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            throw CrmException.SettingEmpty(key);
        }

        try
        {
            return new CronExpression(cron.Trim());
        }
        catch (FormatException e)
        {
            throw CrmException.BadCron(key, cron, FirstLine(e.Message));
        }
    }

    private static TimeZoneInfo FindZone(string key, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw CrmException.SettingEmpty(key);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw CrmException.BadTimeZone(key, id);
        }
    }

    private static string FirstLine(string message) => message.ReplaceLineEndings("\n").Split('\n')[0].Trim();
}
