using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using CrmIntegration.Core.Storage.LiteDb;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>
/// Decides where a command runs. LiteDB has one writer, and a running server's duplicate index,
/// read cache and group commit must stay that writer's; so when a server holds the database the
/// command is handed to it (<see cref="HandOffClient"/>) and runs there with the same code, and
/// only when nobody holds it does <c>crm</c> open the file itself. <c>--server URL</c> always hands
/// off, to a server that may be on another machine, with an administrator's credentials.
/// </summary>
internal static class ServerHandOff
{
    /// <summary>Where the password for <c>--server</c> comes from when it is not typed at a prompt.</summary>
    public const string PasswordVariable = "CRM_PASSWORD";

    /// <summary>The server to hand the command to, or null to open the database in this process.</summary>
    /// <exception cref="CliException">Usage: <c>--server</c> without a way to get the password.</exception>
    public static HandOffTarget? Find(ParseResult parseResult, CommonOptions common, CommandContext context)
    {
        if (context.Hosted is not null)
        {
            return null;
        }

        if (parseResult.GetValue(common.Server) is { } server)
        {
            return Remote(server, parseResult.GetValue(common.User) ?? CommonOptions.DefaultUser, context);
        }

        // PostgreSQL takes every instance and crm at once: nothing to hand off.
        if (context.OnPostgreSql)
        {
            return null;
        }

        var path = Path.GetFullPath(context.DatabasePath);
        return LiteDbCrmStore.IsOpenElsewhere(path) && AdminEndpointFile.Read(path) is { } file
            ? new HandOffTarget(new Uri(file.Url.TrimEnd('/') + "/"), new AuthenticationHeaderValue("Bearer", file.Token),
                $"the server holding {path} (pid {file.ProcessId})")
            : null;
    }

    /// <summary>
    /// Whether the command reads standard input, so it must travel with the command: by convention
    /// only options named <c>--…-stdin</c> read it (<c>--password-stdin</c>). Any other command is
    /// sent without it, so a hand-off never waits on a terminal or an open pipe nobody writes to.
    /// </summary>
    public static bool ReadsInput(IEnumerable<string> arguments) =>
        arguments.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a.Split('=')[0].EndsWith("-stdin", StringComparison.Ordinal));

    private static HandOffTarget Remote(string server, string user, CommandContext context)
    {
        if (!Uri.TryCreate(server.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException(ExitCode.Usage, $"--server: '{server}' is not an http:// or https:// address of a CrmIntegration server");
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            throw new CliException(ExitCode.Usage,
                $"--server: {uri} is plain http to another machine, which would send the password of '{user}' unencrypted; "
                + "use the server's https:// address, or an SSH tunnel to its loopback address (http://127.0.0.1:PORT)");
        }

        var password = context.Variables?.GetValueOrDefault(PasswordVariable) is { Length: > 0 } fromVariable
            ? fromVariable
            : PasswordPrompt.Ask(context, $"password of {user} at {uri}: ")
                ?? throw new CliException(ExitCode.Usage,
                    $"--server needs the password of '{user}': set {PasswordVariable}, or run crm in a terminal to be asked for it");
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        return new HandOffTarget(uri, new AuthenticationHeaderValue("Basic", credentials), $"the server at {uri}");
    }
}
