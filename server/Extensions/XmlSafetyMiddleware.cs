using System.Xml;
using CrmIntegration.Core.Errors;
using CrmIntegration.Server.Soap.Faults;

namespace CrmIntegration.Server.Extensions;

/// <summary>
/// Refuses SOAP requests that carry a DTD before any parser sees them: no external entities (XXE),
/// no entity expansion (billion laughs). Only the prolog is read, so the cost is a few bytes.
/// </summary>
public static class XmlSafetyMiddleware
{
    public static WebApplication UseXmlSafety(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentLength != 0)
            {
                context.Request.EnableBuffering();
                var problem = await ProblemInPrologAsync(context.Request.Body);
                context.Request.Body.Position = 0;
                if (problem is not null)
                {
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    context.Response.ContentType = "text/xml; charset=utf-8";
                    await context.Response.WriteAsync(CrmFaults.Envelope(CrmFaults.From(CrmException.InvalidData(problem))));
                    return;
                }
            }

            await next(context);
        });
        return app;
    }

    private static async Task<string?> ProblemInPrologAsync(Stream body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Async = true };
        try
        {
            using var reader = XmlReader.Create(body, settings);
            while (await reader.ReadAsync())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return null;
                }
            }

            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return "the request contains a DTD (<!DOCTYPE>); DTDs and entities are not allowed";
        }
        catch (XmlException)
        {
            // Malformed XML is left to the SOAP layer, which reports it in its own fault.
            return null;
        }
    }
}
