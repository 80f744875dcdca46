using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CrmIntegration.Core;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Configuration;

namespace CrmIntegration.Server.Admin;

/// <summary>
/// Who may run <c>crm</c> commands on this server: a caller on this machine presenting the token
/// from the data directory (<c>Bearer</c>), or an administrator's user name and password (<c>Basic</c>),
/// the latter from other machines too when <see cref="AdminOptions.AllowRemote"/> is on (a request a
/// local reverse proxy forwards counts as from another machine). Failed
/// passwords count towards the user's lockout, as a failed SOAP login does.
/// </summary>
internal sealed class AdminAccess(AdminToken token, CrmCore core, AdminOptions options)
{
    /// <summary>Who the caller is ("token" or the user name), or the refusal to send back.</summary>
    public (string? Caller, IResult? Refusal) Check(HttpContext http)
    {
        var connection = http.Connection;
        // A request a reverse proxy on this machine passes on comes from loopback too, but on behalf of
        // someone elsewhere: proxies say so in X-Forwarded-For or Forwarded, and such a request is remote.
        var forwarded = http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded");
        var local = !forwarded && connection.RemoteIpAddress is { } remote
            && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
        if (!local && !options.AllowRemote)
        {
            return Refuse(StatusCodes.Status403Forbidden,
                "remote administration is off on this server (Admin:AllowRemote); run crm on the server's machine");
        }

        if (!AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header) || header.Parameter is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized,
                "no credentials: crm sends the token from the data directory, or an administrator's with --server and --user");
        }

        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return local && token.Matches(header.Parameter)
                ? ("token", null)
                : Refuse(StatusCodes.Status401Unauthorized, "the admin token is not this server's (was the server restarted? run crm again)");
        }

        if (header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && Credentials(header.Parameter) is var (user, password))
        {
            try
            {
                var signedIn = core.Auth.Authenticate(user, password, plain: true);
                return signedIn.IsAdmin
                    ? (signedIn.UserName, null)
                    : Refuse(StatusCodes.Status403Forbidden, $"'{signedIn.UserName}' is not an administrator");
            }
            catch (CrmException e)
            {
                return Refuse(StatusCodes.Status401Unauthorized, e.Message);
            }
        }

        return Refuse(StatusCodes.Status401Unauthorized, $"unsupported credentials '{header.Scheme}': use a Bearer token or Basic user:password");
    }

    private static (string User, string Password)? Credentials(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static (string?, IResult?) Refuse(int status, string reason) =>
        (null, Results.Text(reason + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status));
}
