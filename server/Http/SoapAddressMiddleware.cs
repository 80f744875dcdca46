using CrmIntegration.Core.Errors;
using CrmIntegration.Server.Soap;

namespace CrmIntegration.Server.Http;

/// <summary>
/// Keeps SOAP endpoints to their own address. SoapCore also answers below it: a GET or form POST to
/// <c>/service/v4_1/soap.svc/get_user_id?session=…</c> runs the operation without the SOAP layer, so
/// without faults, the XML checks or the fault transformer (a bad session ended as an unhandled
/// exception with a stack trace). Such addresses get 404 (a fault for POSTs); a trailing slash is
/// taken as the endpoint itself, as clients configured with one expect.
/// </summary>
public static class SoapAddressMiddleware
{
    public static WebApplication UseSoapAddresses(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<SoapEndpointCatalog>();
        app.Use(async (context, next) =>
        {
            if (catalog.Find(context.Request.Path, out var rest) is { } endpoint && rest.HasValue)
            {
                if (rest.Value != "/")
                {
                    await RefuseAsync(context, endpoint);
                    return;
                }

                context.Request.Path = endpoint.Path;
            }

            await next(context);
        });
        return app;
    }

    private static async Task RefuseAsync(HttpContext context, SoapEndpoint endpoint)
    {
        var problem = CrmException.NotASoapAddress(context.Request.Path.Value ?? "", endpoint.Path.Value!);
        if (HttpMethods.IsPost(context.Request.Method))
        {
            await XmlSafetyMiddleware.WriteFaultAsync(context, problem, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(problem.Message + "\n");
    }
}
