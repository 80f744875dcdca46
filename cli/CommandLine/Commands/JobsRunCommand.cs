using System.CommandLine;
using CrmIntegration.Core;
using CrmIntegration.Core.Jobs;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm jobs run NAME</c>: one run of a job now (trigger <c>manual</c>), recorded like the server's
/// own runs. It takes the job's lease first, so it never overlaps another run of the same job.
/// </summary>
internal static class JobsRunCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var name = new Argument<string>("job") { Description = "The job: " + string.Join(", ", JobCatalog.Default.Names) + "." };
        var command = new Command("run", "Run one job now and print its one-line summary (exit code 0). The run is recorded "
            + "(crm jobs list shows it) and holds the job meanwhile: while another run of the same job is in progress — the "
            + "server's, or another crm's — it refuses with exit code 12 and says who runs it since when. A run that fails "
            + "exits with 1. Settings (SMTP, …) are the installation's (appsettings.json, --config, CRM_ variables), as the "
            + "server reads them; with the server running, the job runs there with its settings.\n"
            + "Example (crontab, with the job disabled in the server): 0 * * * * cd /srv/crm && scripts/crm jobs run session-cleanup")
        {
            name,
        };
        command.SetHandler(environment, common, (parseResult, context) => RunAsync(context, parseResult.GetValue(name)!));
        return command;
    }

    internal static async Task<ExitCode> RunAsync(CommandContext context, string name)
    {
        // An unknown name is reported before the database is looked for.
        JobCatalog.Default.Get(name);
        using var database = DatabaseAccess.OpenExisting(context);
        return await RunAsync(context, database.Core, JobCatalog.Default, name);
    }

    /// <summary>
    /// The command over a core already open, with a job catalogue of the caller's choosing (tests give
    /// their own jobs); the command above calls it with the installation's jobs.
    /// </summary>
    internal static async Task<ExitCode> RunAsync(CommandContext context, CrmCore core, JobCatalog catalog, string name)
    {
        var runner = new JobRunner(core, catalog, JobHost.Current(JobHost.Crm));
        var result = await runner.RunAsync(name, JobTrigger.Manual, null, context.Cancellation);
        if (result.RunningElsewhere is { } holder)
        {
            throw AlreadyRunning(holder);
        }

        var (run, outcome) = (result.Run!, result.Outcome!);
        foreach (var problem in outcome.Problems)
        {
            await context.Error.WriteLineAsync("crm: " + problem.ReplaceLineEndings(" "));
        }

        if (!outcome.Succeeded)
        {
            throw new CliException(ExitCode.Failure, $"job {run.Job} failed: {outcome.Summary}");
        }

        await context.Output.WriteLineAsync($"{run.Job}: {outcome.Summary}");
        return ExitCode.Ok;
    }

    /// <summary>The refusal when another run holds the job (exit code 12).</summary>
    internal static CliException AlreadyRunning(JobRun holder) =>
        new(ExitCode.JobRunning, $"job {holder.Job} is already running: {holder.RunBy} started it at {JobTimes.Utc(holder.StartedUtc)} "
            + $"({JobText.Of(holder.Trigger)} run {holder.RunId}); nothing was run, try again when it has finished");
}
