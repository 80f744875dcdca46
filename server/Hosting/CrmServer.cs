using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;
using CrmIntegration.Core.Errors;
using CrmIntegration.Server.Admin;
using CrmIntegration.Server.Http;
using CrmIntegration.Server.Jobs;
using CrmIntegration.Server.Soap;

namespace CrmIntegration.Server.Hosting;

/// <summary>Builds and runs the server: configuration, core, scheduled jobs, SOAP services and the small HTTP pages.</summary>
public static class CrmServer
{
    /// <summary>The exit code of a start refused for a bad setting (the same number as <c>crm</c>'s BadConfiguration).</summary>
    public const int BadConfigurationExitCode = (int)Cli.ExitCode.BadConfiguration;

    /// <summary>The exit code of any other start refused with a one-line message (e.g. the database held by another process).</summary>
    public const int StartRefusedExitCode = 1;

    /// <summary>
    /// What Program.cs runs: builds the server and serves until stopped. A start refused for a reason
    /// the administrator can fix (a bad setting, the database in use) is one line on
    /// <paramref name="error"/> and a non-zero exit code, never a stack trace.
    /// </summary>
    /// <param name="args">Command line: <c>--config FILE</c> and settings as <c>--Section:Key=value</c>.</param>
    /// <param name="environment">Environment variables; the process's when null.</param>
    /// <param name="error">Where the refusal goes; stderr when null.</param>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? environment = null,
        TextWriter? error = null, CancellationToken cancellation = default)
    {
        WebApplication app;
        try
        {
            app = Build(args, environment ?? CrmConfiguration.ProcessEnvironment());
        }
        catch (CrmException e)
        {
            await RefuseAsync(error, e.Message);
            return e.Code == CrmErrorCode.BadConfiguration ? BadConfigurationExitCode : StartRefusedExitCode;
        }

        await using (app)
        {
            // Taken now: a failed start leaves the list empty.
            var urls = string.Join(", ", app.Urls);
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (IOException e)
            {
                // Kestrel could not listen: the port is taken, or the address is not this machine's.
                await RefuseAsync(error, $"cannot listen on {urls} (Server:Urls): {e.Message}");
                return StartRefusedExitCode;
            }

            await app.WaitForShutdownAsync(cancellation);
        }

        return 0;
    }

    /// <summary>A refused start: one line whatever the message holds, so that service managers log it as one entry.</summary>
    private static Task RefuseAsync(TextWriter? error, string message) =>
        (error ?? Console.Error).WriteLineAsync("crm-server: " + message.ReplaceLineEndings(" "));

    /// <summary>Builds the server over the process's environment variables.</summary>
    /// <param name="args">Command line: <c>--config FILE</c> and settings as <c>--Section:Key=value</c>.</param>
    /// <param name="configure">Lets tests and benchmarks override settings or add services before building.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        Build(args, CrmConfiguration.ProcessEnvironment(), configure);

    /// <summary>
    /// Builds the server from the one configuration loader (<see cref="CrmConfiguration"/>), checks
    /// every setting, opens the database and checks the settings that name its users.
    /// </summary>
    /// <param name="args">Command line: <c>--config FILE</c> and settings as <c>--Section:Key=value</c>.</param>
    /// <param name="environment">Environment variables (<c>CRM_…</c>, <c>CRM_CONFIG</c>); tests pass their own.</param>
    /// <param name="configure">Lets tests and benchmarks override settings or add services before building.</param>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.BadConfiguration"/> naming the key; 90 when another process holds the database.</exception>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?> environment, Action<WebApplicationBuilder>? configure = null)
    {
        var (configFile, settingsArgs) = CrmConfiguration.TakeConfigOption(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        // ASP.NET Core's own sources (its appsettings.json, every environment variable unprefixed,
        // the command line) give way to the loader crm uses too, so both hosts read the same settings.
        builder.Configuration.Sources.Clear();
        CrmConfiguration.AddSources(builder.Configuration, new ConfigurationRequest
        {
            Environment = environment,
            ConfigFile = configFile,
            CommandLine = settingsArgs,
        });
        configure?.Invoke(builder);

        var settings = CrmSettings.Bind(builder.Configuration);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.Server.MaxRequestBodyBytes);
        builder.Services.AddSingleton(settings);
        builder.Services.AddCrmCore(settings);
        builder.Services.AddCrmJobs(settings);
        builder.Services.AddCrmSoap();
        builder.Services.AddCrmAdmin(settings);

        var app = builder.Build();

        // Not WebHost.UseUrls: it writes a "urls" key into every configuration source, where
        // crm config show would not see it and the retired-key check would.
        foreach (var url in settings.Server.UrlList)
        {
            app.Urls.Add(url);
        }

        // Resolving the schedules checks them against the jobs there are, before the database is opened.
        app.Services.GetRequiredService<ServerJobSchedules>();
        try
        {
            var core = OpenCore(app, settings);
            if (settings.Storage.IsPostgreSql)
            {
                MakeRoomForWaitingStoreCalls();
            }

            settings.CheckAgainst(core);
            EnsureFirstAdmin(app, core, settings);
        }
        catch
        {
            // Releases the database (the core is a singleton of the container) before the error is reported.
            ((IDisposable)app).Dispose();
            throw;
        }

        app.UseSoapFaultStatus();
        app.UseSoapAddresses();
        app.UseXmlSafety();
        app.UseWsdlRepair();
        app.MapCrmSoapEndpoints();
        app.MapCrmPages();
        app.MapCrmAdmin();
        return app;
    }

    private static CrmCore OpenCore(WebApplication app, CrmSettings settings)
    {
        try
        {
            return app.Services.GetRequiredService<CrmCore>();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CrmException.DatabaseUnavailable(settings.Storage.Path, e.Message);
        }
    }

    /// <summary>Pool threads ready before the runtime starts adding them one at a time (see <see cref="MakeRoomForWaitingStoreCalls"/>).</summary>
    private const int PoolThreadsOnPostgreSql = 64;

    /// <summary>
    /// Store calls are synchronous, and on PostgreSQL each one waits for the network. A burst of
    /// requests can then hold every pool thread while the runtime adds new ones only every half
    /// second or so, and requests that need no database at all wait with them: in CI's PostgreSQL
    /// pass, four refused hostile envelopes took a second each, as a starved pool makes them. With
    /// the minimum raised, the pool starts threads at once, up to the requests the server takes together.
    /// </summary>
    private static void MakeRoomForWaitingStoreCalls()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, PoolThreadsOnPostgreSql), completionPorts);
    }

    private static void EnsureFirstAdmin(WebApplication app, CrmCore core, CrmSettings settings)
    {
        var logger = app.Services.GetRequiredService<ILogger<CrmCore>>();
        if (settings.Storage.IsPostgreSql)
        {
            logger.LogInformation("Database PostgreSQL {Connection} (Storage:ConnectionString from {Source})",
                SettingsListing.Masked("Storage:ConnectionString", settings.Storage.ConnectionString), settings.SourceOf("Storage:ConnectionString"));
        }
        else
        {
            logger.LogInformation("Database {Path} (Storage:Path from {Source})", settings.Storage.Path, settings.SourceOf("Storage:Path"));
        }

        var generated = core.UserAdmin.EnsureFirstAdmin(settings.Server.AdminPassword, out var created);
        if (!created)
        {
            return;
        }

        if (generated is null)
        {
            logger.LogInformation("Created user 'admin' with the password from Server:AdminPassword");
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
