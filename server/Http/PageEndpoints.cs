using System.Net;
using System.Reflection;
using CrmIntegration.Core;
using CrmIntegration.Server.Soap;

namespace CrmIntegration.Server.Http;

/// <summary><c>GET /</c>: what this server offers; <c>GET /health</c>: whether it is well.</summary>
public static class PageEndpoints
{
    public static readonly string Version =
        typeof(PageEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static readonly (string Name, string Path, string What)[] Services =
    [
        ("SugarCRM v4_1 SOAP", SoapServiceExtensions.SugarV41Path,
            "SugarCRM v4_1 operations (login, set_entry, get_entry_list, …) for WCF, PHP, Python and Java clients, document/literal"),
        ("Lead intake", SoapServiceExtensions.LeadIntakePath,
            "Typed partner lead intake (SubmitLead, SubmitLeads, GetLeadStatus, ListMySubmissions); session or WS-Security UsernameToken"),
    ];

    public static WebApplication MapCrmPages(this WebApplication app)
    {
        app.MapGet("/", () => Results.Content(HomePage(), "text/html; charset=utf-8"));
        app.MapGet("/health", (CrmCore core, ILogger<CrmCore> logger) =>
        {
            try
            {
                var health = core.Store.CheckHealth();
                return Results.Ok(new
                {
                    status = "ok",
                    version = Version,
                    database = new { status = "ok", provider = health.Provider, name = health.Name, size_bytes = health.SizeBytes },
                });
            }
            catch (Exception e)
            {
                // Load balancers ask every few seconds: the reason goes to the log once per failing check, not to the caller.
                logger.LogWarning("Health check failed: {Reason}", e.Message);
                return Results.Json(new { status = "failing", version = Version, database = new { status = "unreachable" } }, statusCode: 503);
            }
        });
        return app;
    }

    private static string HomePage()
    {
        var rows = string.Concat(Services.Select(s =>
            $"<tr><td>{WebUtility.HtmlEncode(s.Name)}</td><td><code>{s.Path}</code></td>" +
            $"<td><a href=\"{s.Path}?wsdl\">WSDL</a></td><td>{WebUtility.HtmlEncode(s.What)}</td></tr>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>CrmIntegration {{Version}}</title>
            <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;text-align:left;border-bottom:1px solid #ddd}</style></head>
            <body><h1>CrmIntegration {{Version}}</h1>
            <p>SugarCRM-compatible SOAP integration server. Health: <a href="/health">/health</a>.</p>
            <table><tr><th>Service</th><th>URL</th><th>Description</th><th>What it does</th></tr>{{rows}}</table>
            </body></html>
            """;
    }
}
