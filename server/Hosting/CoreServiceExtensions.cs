using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmIntegration.Server.Hosting;

public static class CoreServiceExtensions
{
    /// <summary>One <see cref="CrmCore"/> over the configured database (<c>Storage:Path</c>), opened at start-up.</summary>
    public static IServiceCollection AddCrmCore(this IServiceCollection services, CrmSettings settings)
    {
        // The clock the jobs' scheduler runs on too (JobSchedulingExtensions), so a test can drive both.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var logger = provider.GetRequiredService<ILogger<CrmCore>>();
            return CrmCore.Open(settings.ToCoreOptions(warn: change => logger.LogWarning("Data permissions: {Change}", change)),
                provider.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<DuplicateCheckWarmup>();
        return services;
    }
}
