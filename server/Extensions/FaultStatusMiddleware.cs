namespace CrmIntegration.Server.Extensions;

/// <summary>
/// SOAP 1.1 (§6.2) returns every fault with HTTP 500, and WCF and PHP clients only parse the fault
/// body when it comes with 500. SoapCore answers a request it cannot read with 400 and our fault
/// envelope; this restores the status the protocol requires for POSTs to the SOAP endpoints.
/// </summary>
public static class FaultStatusMiddleware
{
    public static WebApplication UseSoapFaultStatus(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) &&
                context.Request.Path.Value?.EndsWith(".svc", StringComparison.OrdinalIgnoreCase) == true)
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status400BadRequest &&
                        context.Response.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    }

                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
        return app;
    }
}
