using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmIntegration.Core.Jobs.Scheduling;

/// <summary>
/// Says the common shapes of a Quartz cron expression in words for <c>crm jobs list</c> ("every 5
/// seconds", "every day at 07:00", "at 08:30 on MON-FRI"). Anything else gets no reading: a wrong
/// reading is worse than none, and the expression is always shown beside it.
/// </summary>
internal static partial class CronReading
{
    public static string? Describe(string cron)
    {
        var f = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length is not (6 or 7) || (f.Length == 7 && f[6] != "*"))
        {
            return null;
        }

        var (second, minute, hour, dayOfMonth, month, dayOfWeek) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        if (month != "*")
        {
            return null;
        }

        var everyDay = Any(dayOfMonth) && Any(dayOfWeek);
        if (everyDay && hour == "*" && minute == "*")
        {
            return second == "*" ? "every second"
                : Step(second) is { } s ? Every(s, "second")
                : Number(second) == 0 ? "every minute" : null;
        }

        if (Number(second) != 0)
        {
            return null;
        }

        if (everyDay && hour == "*")
        {
            return Step(minute) is { } m ? Every(m, "minute")
                : Number(minute) is { } at ? $"every hour at :{at:00}" : null;
        }

        if (Number(minute) is not { } min)
        {
            return null;
        }

        if (everyDay && Step(hour) is { } h)
        {
            return $"{Every(h, "hour")} at :{min:00}";
        }

        if (Number(hour) is not { } hr)
        {
            return null;
        }

        var time = string.Create(CultureInfo.InvariantCulture, $"{hr:00}:{min:00}");
        if (everyDay)
        {
            return $"every day at {time}";
        }

        if (Any(dayOfMonth) && DayNames().IsMatch(dayOfWeek))
        {
            return $"at {time} on {dayOfWeek.ToUpperInvariant()}";
        }

        return Any(dayOfWeek) && Number(dayOfMonth) is { } day ? $"at {time} on day {day} of every month" : null;
    }

    private static bool Any(string field) => field is "*" or "?";

    private static int? Number(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The N of <c>*/N</c> or <c>0/N</c>.</summary>
    private static int? Step(string field) =>
        field.StartsWith("*/", StringComparison.Ordinal) || field.StartsWith("0/", StringComparison.Ordinal) ? Number(field[2..]) : null;

    private static string Every(int n, string unit) => n == 1 ? $"every {unit}" : $"every {n} {unit}s";

    [GeneratedRegex("^(?i)(MON|TUE|WED|THU|FRI|SAT|SUN)([-,](MON|TUE|WED|THU|FRI|SAT|SUN))*$")]
    private static partial Regex DayNames();
}
