using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;
using CrmIntegration.Core.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SchedulingOptions = CrmIntegration.Core.Jobs.Scheduling.SchedulingOptions;

namespace CrmIntegration.Server.Jobs;

/// <summary>
/// The server's one scheduler: Quartz, named <c>Scheduling:SchedulerName</c>, firing each enabled job
/// of the catalogue on its cron schedule through <see cref="JobRunner"/>. Everything Quartz is set up
/// here, so moving to Quartz's clustered ADO job store on PostgreSQL is a change to this file.
/// </summary>
public static class JobSchedulingExtensions
{
    /// <summary>
    /// Registers the catalogue's jobs, the runner and the scheduler. Jobs registered as
    /// <see cref="ICrmJob"/> services before this call join the catalogue (tests add their own).
    /// </summary>
    public static IServiceCollection AddCrmJobs(this IServiceCollection services, CrmSettings settings)
    {
        // Read and checked by the loader with the other sections (SettingsSections.Scheduling).
        var scheduling = settings.Get<SchedulingOptions>();
        services.AddSingleton(scheduling);

        services.TryAddSingleton(TimeProvider.System);
        foreach (var job in JobCatalog.Default.Jobs)
        {
            services.AddSingleton(job);
        }

        services.AddSingleton(sp => new JobCatalog(sp.GetServices<ICrmJob>()));
        services.AddSingleton(sp => new ServerJobSchedules(sp.GetRequiredService<SchedulingOptions>().Resolve(sp.GetRequiredService<JobCatalog>())));
        services.AddSingleton(sp => new JobRunner(sp.GetRequiredService<CrmCore>(), sp.GetRequiredService<JobCatalog>(), JobHost.Current(JobHost.Server)));

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = scheduling.SchedulerName);
            q.UseDefaultThreadPool(maxConcurrency: 4);
        });
        services.AddTransient<ScheduledCrmJob>();
        services.AddHostedService<JobScheduleStartup>();

        // Waits for runs in progress on shutdown, so their outcomes are recorded (a mail run is bounded by Mail:Smtp:Timeout).
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
