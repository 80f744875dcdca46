using CrmIntegration.Core;
using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Server.Extensions;

public static class CoreServiceExtensions
{
    /// <summary>One <see cref="CrmCore"/> over the data directory's database, opened at start-up, and its mail delivery job.</summary>
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
        if (configuration["Storage:Provider"] is { Length: > 0 } provider)
        {
            options.StorageProvider = provider;
        }

        if (configuration.GetValue<int?>("Storage:ReadCacheRecords") is { } cached)
        {
            options.ReadCacheRecords = cached >= 0
                ? cached
                : throw new InvalidOperationException($"Storage:ReadCacheRecords must be 0 or more, not {cached}");
        }

        services.AddSingleton(_ => CrmCore.Open(options));
        services.AddHostedService<DuplicateIndexWarmup>();
        services.AddCrmMailDelivery(mail);
        return services;
    }
}
