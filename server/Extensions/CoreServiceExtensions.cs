using CrmIntegration.Core;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Server.Extensions;

public static class CoreServiceExtensions
{
    /// <summary>One <see cref="CrmCore"/> over the data directory's database, opened at start-up.</summary>
    public static IServiceCollection AddCrmCore(this IServiceCollection services, IConfiguration configuration, ServerSettings settings)
    {
        var security = new SecurityOptions();
        configuration.GetSection("Security").Bind(security);
        services.AddSingleton(_ => CrmCore.Open(new CrmCoreOptions { DatabasePath = settings.DatabasePath, Security = security }));
        return services;
    }
}
