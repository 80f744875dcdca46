using System.CommandLine;
using System.Globalization;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Jobs;
using CrmIntegration.Core.Jobs.Scheduling;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm jobs list</c>: each job, its schedule, its last run and its next one.</summary>
internal static class JobsListCommand
{
    private static readonly string[] Headers = ["job", "enabled", "schedule", "last_run", "trigger", "outcome", "duration", "summary", "next_run"];

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("list", "List the jobs: enabled or not, schedule (Quartz cron expression and time zone, "
            + "with a reading in words), last run (start, trigger, outcome, duration, summary) and next run, times in each "
            + "job's time zone. Schedules come from the Scheduling settings (appsettings.json, --config, CRM_Scheduling__… "
            + "variables), as the server reads them. --format json adds each job's description and who ran it last.\n"
            + "Example: crm jobs list --format json")
        {
            format,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    /// <summary>One listed job; also the JSON shape (snake_case).</summary>
    internal sealed record JobRow(string Job, string Description, bool Enabled, string Cron, string TimeZone, string? Reading,
        LastRun? LastRun, string? NextRun);

    internal sealed record LastRun(string Started, string Trigger, string Outcome, double? DurationSeconds, string? Summary, string RunBy, string RunId);

    internal static ExitCode Run(CommandContext context, string format)
    {
        var schedules = (context.Settings?.Get<SchedulingOptions>() ?? new SchedulingOptions()).Resolve(JobCatalog.Default);
        List<JobRow> rows;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            var core = database.Core;
            var now = context.Clock.GetUtcNow();
            rows = schedules.Select(s => ToRow(s, JobCatalog.Default.Get(s.Job), core.Store.ListJobRuns(s.Job, 1).FirstOrDefault(), now)).ToList();
        }

        ListOutput.Write(context, format, rows, Headers, Cells);
        return ExitCode.Ok;
    }

    private static JobRow ToRow(JobSchedule schedule, ICrmJob job, JobRun? last, DateTimeOffset now) => new(
        schedule.Job,
        job.Description,
        schedule.Enabled,
        schedule.Cron,
        schedule.TimeZoneId,
        schedule.Reading,
        last is null ? null : new LastRun(
            Local(last.StartedUtc, schedule.TimeZone),
            JobText.Of(last.Trigger),
            Outcome(last, now),
            last.Duration?.TotalSeconds,
            last.Summary,
            last.RunBy.ToString(),
            last.RunId),
        schedule.Enabled && schedule.NextAfter(now) is { } next ? Local(next.UtcDateTime, schedule.TimeZone) : null);

    /// <summary>A run without an end is running while its lease lasts; after that its runner died.</summary>
    private static string Outcome(JobRun run, DateTimeOffset now) => run switch
    {
        { Outcome: { } outcome } => JobText.Of(outcome),
        { LeaseExpiresUtc: { } expires } when expires > now.UtcDateTime => "running",
        _ => "abandoned (its runner stopped; the next run takes over)",
    };

    private static IReadOnlyList<string> Cells(JobRow r) =>
    [
        r.Job,
        r.Enabled ? "yes" : "no",
        $"{r.Cron} {r.TimeZone}" + (r.Reading is null ? "" : $" ({r.Reading})"),
        r.LastRun?.Started ?? "never",
        r.LastRun?.Trigger ?? "",
        r.LastRun?.Outcome ?? "",
        r.LastRun?.DurationSeconds is { } seconds ? Duration(seconds) : "",
        (r.LastRun?.Summary ?? "").ReplaceLineEndings(" "),
        r.NextRun ?? (r.Enabled ? "never" : "disabled"),
    ];

    private static string Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static string Duration(double seconds) => seconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 60)} min {seconds % 60:0} s");
}
