using System.Globalization;
using CrmIntegration.Core.Jobs;
using Quartz;

namespace CrmIntegration.Server.Jobs;

/// <summary>
/// At start, gives Quartz a cron trigger for each enabled job, and, for each job whose schedule had
/// a slot while the server was down (after its last recorded run), one extra trigger that fires at
/// once: a missed run runs once, however many slots were missed. Quartz starts firing once the
/// application has started.
/// </summary>
internal sealed class JobScheduleStartup(
    ISchedulerFactory schedulers, ServerJobSchedules jobs, JobRunner runner, ILogger<JobScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var missed = runner.MissedRuns(jobs.Schedules).ToDictionary(m => m.Schedule.Job, m => m.MissedSlot);
        foreach (var schedule in jobs.Schedules)
        {
            var key = new JobKey(schedule.Job, ScheduledCrmJob.Group);
            if (!schedule.Enabled)
            {
                // A persistent job store (PostgreSQL, later) would still hold the job from an earlier start.
                await scheduler.DeleteJob(key, cancellationToken);
                logger.LogInformation("Job {Job} is disabled (Scheduling:Jobs:{Job}:Enabled); 'crm jobs run {Job}' still runs it",
                    schedule.Job, schedule.Job, schedule.Job);
                continue;
            }

            var triggers = new List<ITrigger>
            {
                TriggerBuilder.Create(scheduler.TimeProvider)
                    .WithIdentity(schedule.Job, ScheduledCrmJob.Group)
                    .ForJob(key)
                    .WithCronSchedule(schedule.Expression)
                    .Build(),
            };
            if (missed.TryGetValue(schedule.Job, out var slot))
            {
                logger.LogInformation("Job {Job} missed its run of {Slot} while the server was down; running it once now",
                    schedule.Job, JobTimes.Utc(slot.UtcDateTime));
                triggers.Add(TriggerBuilder.Create(scheduler.TimeProvider)
                    .WithIdentity(schedule.Job + ".catch-up", ScheduledCrmJob.Group)
                    .ForJob(key)
                    .UsingJobData(ScheduledCrmJob.MissedSlot, slot.ToString("O", CultureInfo.InvariantCulture))
                    .StartNow()
                    .Build());
            }

            var job = JobBuilder.Create<ScheduledCrmJob>().WithIdentity(key).Build();
            await scheduler.ScheduleJob(job, triggers, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
