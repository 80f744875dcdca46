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
        var matching = new Core.Matching.MatchingOptions();
        configuration.GetSection(Core.Matching.MatchingOptions.SectionName).Bind(matching);
        var options = new CrmCoreOptions { DatabasePath = settings.DatabasePath, Security = security, Matching = matching };
        if (configuration.GetValue<int?>("Storage:ReadCacheRecords") is { } cached)
        {
            options.ReadCacheRecords = cached >= 0
                ? cached
                : throw new InvalidOperationException($"Storage:ReadCacheRecords must be 0 or more, not {cached}");
        }

        services.AddSingleton(_ => CrmCore.Open(options));
        services.AddHostedService<DuplicateIndexWarmup>();
        return services;
    }
}
