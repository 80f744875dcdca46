using CrmIntegration.Core.Mail;
using CrmIntegration.Server.Mail;
using Quartz;

namespace CrmIntegration.Server.Extensions;

public static class MailServiceExtensions
{
    /// <summary>
    /// Quartz with the mail delivery job every <c>Mail:DeliveryInterval</c> (none when it is zero).
    /// Each host gets its own scheduler name: Quartz keeps schedulers by name per process, and tests
    /// run several servers in one process.
    /// </summary>
    public static IServiceCollection AddCrmMailDelivery(this IServiceCollection services, MailOptions mail)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = "crm-" + Guid.NewGuid().ToString("N"));
            q.UseDefaultThreadPool(maxConcurrency: 2);
            if (mail.DeliveryInterval <= TimeSpan.Zero)
            {
                return;
            }

            q.AddJob<MailDeliveryJob>(job => job.WithIdentity(MailDeliveryJob.Key));
            q.AddTrigger(trigger => trigger
                .ForJob(MailDeliveryJob.Key)
                .StartNow()
                // A run longer than the interval makes the next firing misfire; Quartz's default policy for
                // a repeat-forever trigger then skips to the next slot instead of running a backlog.
                .WithSimpleSchedule(s => s.WithInterval(mail.DeliveryInterval).RepeatForever()));
        });

        // Waits for a run in progress on shutdown, so its outcomes are recorded (bounded by Mail:Smtp:Timeout).
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
