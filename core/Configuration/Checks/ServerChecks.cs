using System.Globalization;
using System.Text.RegularExpressions;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Configuration.Checks;

/// <summary>The <c>Server</c> section's checks.</summary>
internal static partial class ServerChecks
{
    private const string Section = ServerOptions.SectionName;

    public static void Check(ServerOptions options, SettingsCheck check)
    {
        var urls = options.UrlList;
        if (urls.Count == 0)
        {
            throw check.Invalid($"{Section}:Urls", $"is empty: give where to listen, e.g. {ServerOptions.DefaultUrls}");
        }

        if (urls.FirstOrDefault(u => ListenUrl().Match(u) is not { Success: true } match
            || match.Groups[2].Success && int.Parse(match.Groups[2].ValueSpan[1..], CultureInfo.InvariantCulture) is < 0 or > 65535) is { } bad)
        {
            throw check.Invalid($"{Section}:Urls", $"holds '{bad}', which is not a listen URL: give http:// or https://, a host and a port (0 to 65535), e.g. {ServerOptions.DefaultUrls}");
        }

        check.AtLeast($"{Section}:MaxRequestBodyBytes", options.MaxRequestBodyBytes, 1024);
        if (options.AdminPassword is { } password && password.Length < UserAdministration.MinimumPasswordLength)
        {
            throw check.Invalid($"{Section}:AdminPassword",
                $"has {password.Length} characters: passwords need at least {UserAdministration.MinimumPasswordLength} (leave it unset to have one generated)");
        }
    }

    // Kestrel's forms: http://127.0.0.1:5080, https://*:443, http://[::1]:5080, http://localhost:5080.
    [GeneratedRegex(@"^https?://(\*|\+|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?/?$")]
    private static partial Regex ListenUrl();
}
