using CrmIntegration.Core;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Admin;

namespace CrmIntegration.Server.Extensions;

/// <summary>Builds the server: configuration, core, SOAP services and the small HTTP pages.</summary>
public static class CrmServer
{
    public const string EnvironmentPrefix = "CRM_";

    /// <param name="args">Command-line arguments (ASP.NET Core conventions, e.g. <c>--URLS=…</c>).</param>
    /// <param name="configure">Lets tests and benchmarks override settings or add services before building.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        configure?.Invoke(builder);

        var settings = ServerSettings.From(builder.Configuration);
        builder.WebHost.UseUrls(settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
        builder.Services.AddSingleton(settings);
        builder.Services.AddCrmCore(builder.Configuration, settings);
        builder.Services.AddCrmSoap();
        builder.Services.AddCrmAdmin(builder.Configuration);

        var app = builder.Build();
        EnsureFirstAdmin(app, settings);
        app.UseSoapFaultStatus();
        app.UseXmlSafety();
        app.UseWsdlRepair();
        app.MapCrmSoapEndpoints();
        app.MapCrmPages();
        app.MapCrmAdmin();
        return app;
    }

    private static void EnsureFirstAdmin(WebApplication app, ServerSettings settings)
    {
        var core = app.Services.GetRequiredService<CrmCore>();
        var generated = core.UserAdmin.EnsureFirstAdmin(settings.AdminPassword, out var created);
        if (!created)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILogger<CrmCore>>();
        if (generated is null)
        {
            logger.LogInformation("Created user 'admin' with the password from CRM_ADMIN_PASSWORD");
            return;
        }

        // Printed once, on the console only: it is stored nowhere but as a hash.
        Console.WriteLine();
        Console.WriteLine("  First start: created user 'admin' with password:");
        Console.WriteLine($"      {generated}");
        Console.WriteLine("  It is shown only now. Change it with: scripts/crm users set-password admin");
        Console.WriteLine();
    }
}
