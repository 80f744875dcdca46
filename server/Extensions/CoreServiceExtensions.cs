using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Server.Extensions;

public static class CoreServiceExtensions
{
    /// <summary>One <see cref="CrmCore"/> over the configured database (<c>Storage:Path</c>), and its mail delivery job.</summary>
    public static IServiceCollection AddCrmCore(this IServiceCollection services, CrmSettings settings)
    {
        services.AddSingleton(provider =>
        {
            var logger = provider.GetRequiredService<ILogger<CrmCore>>();
            return CrmCore.Open(settings.ToCoreOptions(warn: change => logger.LogWarning("Data permissions: {Change}", change)));
        });
        services.AddHostedService<DuplicateIndexWarmup>();
        services.AddCrmMailDelivery(settings.Mail);
        return services;
    }
}
