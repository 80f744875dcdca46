using CrmIntegration.Server.Soap.Faults;
using CrmIntegration.Server.Soap.Intake;
using CrmIntegration.Server.Soap.V41;
using SoapCore;
using SoapCore.Extensibility;

namespace CrmIntegration.Server.Soap;

public static class SoapServiceExtensions
{
    public const string SugarV41Path = "/service/v4_1/soap.svc";

    public const string LeadIntakePath = LeadIntakeService.Path;

    public static IServiceCollection AddCrmSoap(this IServiceCollection services)
    {
        services.AddSoapCore();

        // SoapCore logs every exception an operation throws as an error with its stack trace, a wrong
        // password as much as a real failure. CrmFaultTransformer sees each of them and logs it itself:
        // the caller's errors as one line, real failures with their trace and the fault's trace id.
        services.AddLogging(logging => logging.AddFilter("SoapCore.SoapEndpointMiddleware", LogLevel.Critical));
        services.AddSingleton<SoapEndpointCatalog>();
        services.AddSingleton<IFaultExceptionTransformer, CrmFaultTransformer>();
        services.AddSingleton<ISugarSoapService, SugarSoapService>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IAsyncMessageFilter, UsernameTokenFilter>();
        services.AddSingleton<ILeadIntakeService, LeadIntakeService>();
        return services;
    }

    public static WebApplication MapCrmSoapEndpoints(this WebApplication app)
    {
        app.MapCrmSoapEndpoint<ISugarSoapService>(SugarV41Path);
        app.MapCrmSoapEndpoint<ILeadIntakeService>(LeadIntakePath);
        return app;
    }

    /// <summary>
    /// Maps a SoapCore endpoint with the options every CRM endpoint shares (XmlSerializer, SOAP 1.1,
    /// case-insensitive path) and records it in the <see cref="SoapEndpointCatalog"/>, so that the
    /// middleware in front (XML limits, WSDL repair, addresses) treats it like every other. Public so
    /// that the benchmarks' no-op baseline is served exactly like the real service.
    /// </summary>
    public static IEndpointRouteBuilder MapCrmSoapEndpoint<TContract>(this IEndpointRouteBuilder endpoints, string path)
        where TContract : class
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        endpoints.ServiceProvider.GetRequiredService<SoapEndpointCatalog>().Add(path, typeof(TContract));
        endpoints.UseSoapEndpoint<TContract>(options =>
        {
            options.Path = path;
            options.SoapSerializer = SoapSerializer.XmlSerializer;
            options.EncoderOptions = [new SoapEncoderOptions()];
            options.CaseInsensitivePath = true;
        });
        return endpoints;
    }
}
