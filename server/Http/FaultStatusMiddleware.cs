namespace CrmIntegration.Server.Http;

/// <summary>
/// SOAP 1.1 (§6.2) returns every fault with HTTP 500, and WCF and PHP clients only parse the fault
/// body when it comes with 500. SoapCore answers a request it cannot read with 400 and our fault
/// envelope; this restores the status the protocol requires for POSTs to the SOAP endpoints, and
/// labels the reply with the charset it is written in.
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
                    if (context.Response.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) != true)
                    {
                        return Task.CompletedTask;
                    }

                    if (context.Response.StatusCode == StatusCodes.Status400BadRequest)
                    {
                        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    }

                    // SoapCore writes every envelope in UTF-8 but copies the request's charset into the
                    // reply's Content-Type, so a UTF-16 request got UTF-8 bytes labelled UTF-16.
                    context.Response.ContentType = "text/xml; charset=utf-8";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
        return app;
    }
}
