using CrmIntegration.Core.Errors;
using CrmIntegration.Server.Soap;
using CrmIntegration.Server.Soap.Faults;

namespace CrmIntegration.Server.Http;

/// <summary>
/// Reads every request to a SOAP endpoint that carries a body through <see cref="XmlRequestCheck"/>
/// before SoapCore sees it (every method but GET and HEAD: SoapCore takes an envelope from a PUT or
/// a made-up method just as from a POST), and answers a body that is not well-formed SOAP 1.1, carries a DTD (external entities,
/// entity expansion) or exceeds <see cref="XmlLimits"/> with fault 1001 saying why. SoapCore then
/// only ever parses envelopes that are well-formed, entity-free and of bounded depth and size.
/// </summary>
public static class XmlSafetyMiddleware
{
    public static WebApplication UseXmlSafety(this WebApplication app, XmlLimits? limits = null)
    {
        var catalog = app.Services.GetRequiredService<SoapEndpointCatalog>();
        var applied = limits ?? XmlLimits.Default;
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || catalog.Find(context.Request.Path, out _) is null)
            {
                await next(context);
                return;
            }

            context.Request.EnableBuffering();
            CrmException? problem;
            try
            {
                problem = await XmlRequestCheck.FindProblemAsync(context.Request.Body, context.Request.ContentType, applied, context.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own refusals (413 for a body over MAX_REQUEST_BODY_BYTES) keep their status.
                context.Response.StatusCode = e.StatusCode;
                return;
            }

            if (problem is not null)
            {
                await WriteFaultAsync(context, problem);
                return;
            }

            context.Request.Body.Position = 0;
            await next(context);
        });
        return app;
    }

    /// <summary>A SOAP 1.1 fault (HTTP 500) written without the SOAP layer, for refusals made in front of it.</summary>
    internal static async Task WriteFaultAsync(HttpContext context, CrmException problem, int status = StatusCodes.Status500InternalServerError)
    {
        var fault = CrmFaults.From(problem);
        CrmFaults.LogRoutine(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(XmlSafetyMiddleware)), fault);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml; charset=utf-8";
        await context.Response.WriteAsync(CrmFaults.Envelope(fault));
    }
}
