using System.Text;
using System.Xml.Linq;
using CrmIntegration.Server.Soap.Intake;
using CrmIntegration.Server.Soap.Wsdl;

namespace CrmIntegration.Server.Extensions;

/// <summary>
/// Runs <see cref="WsdlRepair"/> (and, for the intake WSDL, <see cref="IntakeWsdlDocumentation"/>) over
/// SoapCore's <c>?wsdl</c> answers; other requests pass untouched.
/// </summary>
public static class WsdlRepairMiddleware
{
    public static WebApplication UseWsdlRepair(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Query.ContainsKey("wsdl"))
            {
                await next(context);
                return;
            }

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

            var repaired = IntakeWsdlDocumentation.Annotate(WsdlRepair.Repair(XDocument.Load(buffer)));
            using var output = new MemoryStream();
            using (var writer = System.Xml.XmlWriter.Create(output, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
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
