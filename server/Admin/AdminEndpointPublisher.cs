using CrmIntegration.Cli.CommandLine.HandOff;
using CrmIntegration.Core.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CrmIntegration.Server.Admin;

/// <summary>
/// Once the server listens, writes where it takes <c>crm</c> commands and its token beside the
/// database (<see cref="AdminEndpointFile"/>, 0600), and removes the file when it stops: a
/// <c>crm</c> finding the database held reads it to hand the command over. Not on PostgreSQL,
/// where <c>crm</c> connects to the database itself (the endpoint still serves <c>crm --server</c>).
/// </summary>
internal sealed class AdminEndpointPublisher(
    IServer server, IHostApplicationLifetime lifetime, AdminToken token, CrmSettings settings,
    AdminOptions options, ILogger<AdminEndpointPublisher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Enabled && !settings.Storage.IsPostgreSql)
        {
            lifetime.ApplicationStarted.Register(Publish);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Only our own file: a second server refused at start must not remove the first one's.
        if (!settings.Storage.IsPostgreSql && AdminEndpointFile.Peek(settings.Storage.Path) is { } file && token.Matches(file.Token))
        {
            AdminEndpointFile.Delete(settings.Storage.Path);
        }

        return Task.CompletedTask;
    }

    private void Publish()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain http first: a certificate is rarely valid for 127.0.0.1.
        if (addresses.Select(LoopbackUrl).OfType<string>().OrderBy(a => a.StartsWith("https:", StringComparison.Ordinal)).FirstOrDefault() is not { } url)
        {
            logger.LogWarning("Admin endpoint: no HTTP address to publish ({Addresses}); crm cannot hand commands to this server",
                string.Join(", ", addresses));
            return;
        }

        // The wall clock, not the CRM's: the file is about this process, which crm compares with the process's start.
        new AdminEndpointFile(url, token.Value, Environment.ProcessId, DateTimeOffset.UtcNow).Write(settings.Storage.Path);
        logger.LogInformation("Admin endpoint: crm commands for {Database} are handed to {Url}", settings.Storage.Path, url);
    }

    /// <summary>The address a local <c>crm</c> reaches: a wildcard host becomes 127.0.0.1 (the endpoint takes loopback calls).</summary>
    private static string? LoopbackUrl(string address)
    {
        var normalised = address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.ToString().TrimEnd('/');
    }
}
