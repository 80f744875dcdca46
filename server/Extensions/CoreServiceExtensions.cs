using CrmIntegration.Core;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmIntegration.Server.Extensions;

public static class CoreServiceExtensions
{
    /// <summary>One <see cref="CrmCore"/> over the data directory's database, opened at start-up.</summary>
    public static IServiceCollection AddCrmCore(this IServiceCollection services, IConfiguration configuration, ServerSettings settings)
    {
        var security = new SecurityOptions();
        configuration.GetSection("Security").Bind(security);
        var matching = new Core.Matching.MatchingOptions();
        configuration.GetSection(Core.Matching.MatchingOptions.SectionName).Bind(matching);
        var mail = new MailOptions();
        configuration.GetSection(MailOptions.Section).Bind(mail);
        var intake = new Core.Intake.IntakeOptions();
        configuration.GetSection(Core.Intake.IntakeOptions.SectionName).Bind(intake);
        var options = new CrmCoreOptions { DatabasePath = settings.DatabasePath, Security = security, Matching = matching, Mail = mail, Intake = intake };
        if (configuration.GetValue<int?>("Storage:ReadCacheRecords") is { } cached)
        {
            options.ReadCacheRecords = cached >= 0
                ? cached
                : throw new InvalidOperationException($"Storage:ReadCacheRecords must be 0 or more, not {cached}");
        }

        // The clock the jobs' scheduler runs on too (JobSchedulingExtensions), so a test can drive both.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => CrmCore.Open(options, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DuplicateIndexWarmup>();
        return services;
    }
}
