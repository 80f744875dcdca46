using System.Net.Http.Headers;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>A server that runs the command instead of this process, and how to prove the right to ask it.</summary>
/// <param name="Server">The server's base address.</param>
/// <param name="Authorization">The token from <see cref="AdminEndpointFile"/>, or an administrator's credentials.</param>
/// <param name="Reason">Why the command goes there, for messages ("the server holding /srv/crm/data/crm.db").</param>
internal sealed record HandOffTarget(Uri Server, AuthenticationHeaderValue Authorization, string Reason)
{
    public Uri Commands => new(Server, "admin/commands");

    public Uri Cancel(string job) => new(Server, $"admin/commands/{Uri.EscapeDataString(job)}/cancel");
}
