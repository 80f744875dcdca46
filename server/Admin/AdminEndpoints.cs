using System.Text.Json;
using System.Threading.Channels;
using CrmIntegration.Cli.CommandLine;
using CrmIntegration.Cli.CommandLine.HandOff;
using CrmIntegration.Core;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Server.Admin;

/// <summary>
/// <c>POST /admin/commands</c> runs a <c>crm</c> command line handed over by <c>crm</c> (the same
/// command tree, over this server's open core) and streams its stdout, stderr and exit code back;
/// <c>POST /admin/commands/{id}/cancel</c> cancels one, as Ctrl+C would have locally.
/// </summary>
public static class AdminEndpoints
{
    public const string CommandsPath = "/admin/commands";

    /// <summary>A handed-over command line with its standard input is small; anything bigger is not crm's.</summary>
    private const long MaxRequestBytes = 4 * 1024 * 1024;

    public static IServiceCollection AddCrmAdmin(this IServiceCollection services, CrmSettings settings)
    {
        services.AddSingleton(settings.Get<AdminOptions>());
        services.AddSingleton<AdminToken>();
        services.AddSingleton<RunningCommands>();
        services.AddSingleton<AdminAccess>();
        services.AddHostedService<AdminEndpointPublisher>();
        return services;
    }

    public static WebApplication MapCrmAdmin(this WebApplication app)
    {
        if (app.Services.GetRequiredService<AdminOptions>().Enabled)
        {
            app.MapPost(CommandsPath, RunAsync);
            app.MapPost(CommandsPath + "/{id}/cancel", Cancel);
        }

        return app;
    }

    private static IResult Cancel(string id, HttpContext http, AdminAccess access, RunningCommands running)
    {
        var (_, refusal) = access.Check(http);
        return refusal ?? (running.Cancel(id) ? Results.Accepted() : Results.NotFound());
    }

    private static async Task RunAsync(HttpContext http, AdminAccess access, RunningCommands running, CrmCore core,
        CrmSettings settings, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        var (caller, refusal) = access.Check(http);
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        if (await ReadRequestAsync(http) is not { } request)
        {
            await Results.BadRequest("the body must be a crm command (JSON: arguments, working_directory, ...)\n").ExecuteAsync(http);
            return;
        }

        var clock = core.Clock;
        var logger = loggers.CreateLogger(typeof(AdminEndpoints));
        http.Response.ContentType = "application/x-ndjson; charset=utf-8";
        var command = running.Start(request.Arguments, http.RequestAborted, lifetime.ApplicationStopping);
        var frames = Channel.CreateUnbounded<HandOffFrame>(new UnboundedChannelOptions { SingleReader = true });
        frames.Writer.TryWrite(new HandOffFrame(Job: command.Id));
        var pump = FramePump.RunAsync(frames.Reader, http.Response.Body, http.RequestAborted);
        logger.LogInformation("crm command {Id} from {Caller}: {CommandLine}", command.Id, caller, command.CommandLine);
        var exit = (int)Cli.ExitCode.Failure;
        try
        {
            // Commands are partly synchronous (store calls); off the request thread they never hold it up.
            exit = await Task.Run(() => HostedCommands.RunAsync(request, new HostedDatabase(core, settings.Storage.Path, settings),
                new FrameWriter(frames.Writer, isError: false), new FrameWriter(frames.Writer, isError: true), clock,
                command.Cancellation.Token));
        }
        finally
        {
            frames.Writer.TryWrite(new HandOffFrame(Exit: exit));
            frames.Writer.Complete();
            running.Finish(command);
            logger.LogInformation("crm command {Id} ended with exit code {Exit}", command.Id, exit);
        }

        try
        {
            await pump;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The caller went away (Ctrl+C twice, a killed crm): the command was cancelled with it.
        }
    }

    private static async Task<HandOffRequest?> ReadRequestAsync(HttpContext http)
    {
        if (http.Request.ContentLength is > MaxRequestBytes)
        {
            return null;
        }

        try
        {
            var request = await http.Request.ReadFromJsonAsync<HandOffRequest>(http.RequestAborted);
            return request is { Arguments: not null, WorkingDirectory: not null } ? request : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return null;
        }
    }
}
