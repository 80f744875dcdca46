using System.Text;
using System.Xml;
using System.Xml.Linq;
using CrmIntegration.Server.Soap;
using CrmIntegration.Server.Soap.Intake;
using CrmIntegration.Server.Soap.Wsdl;

namespace CrmIntegration.Server.Http;

/// <summary>
/// Serves one WSDL per SOAP endpoint: every GET of an endpoint's address, whatever its query
/// (<c>?wsdl</c>, none, <c>?singleWsdl</c>, <c>?documentation</c>), gets SoapCore's WSDL after
/// <see cref="WsdlRepair"/> (and, for the intake WSDL, <see cref="IntakeWsdlDocumentation"/>).
/// SoapCore itself answers a GET without <c>?wsdl</c> with its unrepaired WSDL, which PHP and zeep
/// cannot load. Other requests pass untouched.
/// </summary>
public static class WsdlRepairMiddleware
{
    private static readonly XmlWriterSettings Output = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static WebApplication UseWsdlRepair(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<SoapEndpointCatalog>();
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) ||
                catalog.Find(context.Request.Path, out var rest) is not { } endpoint || rest.HasValue)
            {
                await next(context);
                return;
            }

            context.Request.QueryString = new QueryString("?wsdl");
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            buffer.Position = 0;
            if (context.Response.StatusCode != StatusCodes.Status200OK || buffer.Length == 0)
            {
                await buffer.CopyToAsync(original);
                return;
            }

            var repaired = IntakeWsdlDocumentation.Annotate(WsdlRepair.Repair(XDocument.Load(buffer), endpoint.Contract));
            using var output = new MemoryStream();
            using (var writer = XmlWriter.Create(output, Output))
            {
                repaired.Save(writer);
            }

            var bytes = output.ToArray();
            context.Response.ContentType = "text/xml; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes);
        });
        return app;
    }
}
