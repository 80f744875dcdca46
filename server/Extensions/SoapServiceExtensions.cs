using CrmIntegration.Server.Soap.Faults;
using CrmIntegration.Server.Soap.V41;
using SoapCore;
using SoapCore.Extensibility;

namespace CrmIntegration.Server.Extensions;

public static class SoapServiceExtensions
{
    public const string SugarV41Path = "/service/v4_1/soap.svc";

    public static IServiceCollection AddCrmSoap(this IServiceCollection services)
    {
        services.AddSoapCore();
        services.AddSingleton<IFaultExceptionTransformer, CrmFaultTransformer>();
        services.AddSingleton<ISugarSoapService, SugarSoapService>();
        return services;
    }

    public static WebApplication MapCrmSoapEndpoints(this WebApplication app)
    {
        ((IEndpointRouteBuilder)app).UseSoapEndpoint<ISugarSoapService>(options =>
        {
            options.Path = SugarV41Path;
            options.SoapSerializer = SoapSerializer.XmlSerializer;
            options.EncoderOptions = [new SoapEncoderOptions()];
            options.CaseInsensitivePath = true;
        });
        return app;
    }
}
