namespace CrmIntegration.Core.Errors;

/// <summary>Messages of scheduled jobs and their settings (core/Jobs).</summary>
public sealed partial class CrmException
{
    public static CrmException UnknownJob(string name, IEnumerable<string> jobs) =>
        new(CrmErrorCode.NoRecords, $"There is no job named '{name}'; the jobs are: {string.Join(", ", jobs)}");

    /// <summary>A cron expression Quartz cannot read; <paramref name="key"/> is the configuration key it came from.</summary>
    public static CrmException BadCron(string key, string? value, string problem) =>
        Configuration($"{key}: '{value}' is not a Quartz cron expression (seconds minutes hours day-of-month month "
            + $"day-of-week [year], e.g. '0 */5 * * * ?' for every 5 minutes): {problem}");

    public static CrmException BadTimeZone(string key, string? value) =>
        Configuration($"{key}: '{value}' is not a time zone this machine knows (use an IANA id such as Asia/Ho_Chi_Minh or UTC)");

    public static CrmException UnknownJobSetting(string key, string name, IEnumerable<string> jobs) =>
        Configuration($"{key}: there is no job named '{name}'; the jobs are: {string.Join(", ", jobs)}");

    public static CrmException JobSetTwice(string key, string otherKey) =>
        Configuration($"{key} and {otherKey} set the same job; keep one");

    public static CrmException SettingEmpty(string key) =>
        Configuration($"{key} must not be empty");
}
