using System.Globalization;
using CrmIntegration.Core.Jobs;
using Quartz;

namespace CrmIntegration.Server.Jobs;

/// <summary>
/// What Quartz fires: one Quartz job per catalogue job (its key is the job's name), run through the
/// <see cref="JobRunner"/>, which takes the job's lease in the store and records the run. Quartz keeps
/// a job from overlapping itself in this process; the lease keeps it from overlapping <c>crm jobs run</c>.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledCrmJob(JobRunner runner, ILogger<ScheduledCrmJob> logger) : IJob
{
    public const string Group = "crm";

    /// <summary>Job data of the one-shot trigger a start adds for a missed slot: the slot, round-trip text.</summary>
    public const string MissedSlot = "missed-slot";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        var missed = context.MergedJobDataMap.TryGetString(MissedSlot, out var slotText) && slotText is not null
            ? DateTimeOffset.Parse(slotText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : (DateTimeOffset?)null;
        var trigger = missed is null ? JobTrigger.Schedule : JobTrigger.CatchUp;
        var slot = (missed ?? context.ScheduledFireTimeUtc)?.UtcDateTime;
        try
        {
            var result = await runner.RunAsync(name, trigger, slot, cancellationToken);
            Log(name, trigger, result);
            if (result.RunningElsewhere is { } holder && missed is { } missedSlot)
            {
                await RetryCatchUpAsync(context, holder, missedSlot, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping; the runner recorded the run as stopped, and the next start catches it up.
        }
        catch (Exception e)
        {
            // The store failed: nothing was recorded. Logged, not thrown: Quartz would only log it too.
            logger.LogError(e, "Job {Job} could not be run", name);
        }
    }

    /// <summary>
    /// A catch-up refused because another run holds the job is tried again when that run's lease
    /// runs out. The holder may be a run the last process left behind when it died (its lease
    /// outlives it by up to <see cref="JobRunner.DefaultLeaseDuration"/>), which would otherwise
    /// swallow the catch-up; if the holder is alive, the job simply runs once more after it, which
    /// jobs, being idempotent, allow.
    /// </summary>
    private async Task RetryCatchUpAsync(IJobExecutionContext context, JobRun holder, DateTimeOffset missedSlot, CancellationToken cancellation)
    {
        var clock = context.Scheduler.TimeProvider;
        var at = new DateTimeOffset(holder.LeaseExpiresUtc ?? clock.GetUtcNow().UtcDateTime, TimeSpan.Zero) + TimeSpan.FromSeconds(1);
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity($"{context.JobDetail.Key.Name}.catch-up.{Guid.NewGuid():N}", Group)
            .ForJob(context.JobDetail.Key)
            .UsingJobData(MissedSlot, missedSlot.ToString("O", CultureInfo.InvariantCulture))
            .StartAt(at)
            .Build();
        await context.Scheduler.ScheduleJob(trigger, cancellationToken: cancellation);
        logger.LogInformation("Job {Job}: catch-up tried again at {At}, when the lease of run {Run} runs out",
            context.JobDetail.Key.Name, JobTimes.Utc(at.UtcDateTime), holder.RunId);
    }

    private void Log(string name, JobTrigger trigger, Core.Jobs.JobRunResult result)
    {
        if (result.SlotRunBefore is { } lastSlot)
        {
            logger.LogDebug("Job {Job} ({Trigger}): slot already run (the latest run was for {Slot}), by another instance", name, JobText.Of(trigger),
                JobTimes.Utc(lastSlot));
            return;
        }

        if (result.RunningElsewhere is { } holder)
        {
            logger.LogInformation("Job {Job} ({Trigger}) not run: {Holder} has been running it since {Since}",
                name, JobText.Of(trigger), holder.RunBy, JobTimes.Utc(holder.StartedUtc));
            return;
        }

        var outcome = result.Outcome!;
        if (!outcome.Succeeded)
        {
            logger.LogWarning("Job {Job} ({Trigger}) failed: {Summary}", name, JobText.Of(trigger), outcome.Summary);
            foreach (var problem in outcome.Problems)
            {
                logger.LogWarning("Job {Job}: {Problem}", name, problem);
            }
        }
        else if (outcome.DidWork || trigger == JobTrigger.CatchUp)
        {
            logger.LogInformation("Job {Job} ({Trigger}): {Summary}", name, JobText.Of(trigger), outcome.Summary);
        }
        else
        {
            // A job firing every few seconds with nothing to do would otherwise fill the log.
            logger.LogDebug("Job {Job} ({Trigger}): {Summary}", name, JobText.Of(trigger), outcome.Summary);
        }
    }
}
