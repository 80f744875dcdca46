using CrmIntegration.Core;

namespace CrmIntegration.Server.Extensions;

/// <summary>
/// The server's top-level configuration keys (appsettings.json, or environment variables with the
/// <c>CRM_</c> prefix: <c>CRM_DATA_DIR</c>, <c>CRM_URLS</c>, <c>CRM_ADMIN_PASSWORD</c>, <c>CRM_MAX_REQUEST_BODY_BYTES</c>).
/// </summary>
public sealed record ServerSettings(string DataDirectory, string Urls, string? AdminPassword, long MaxRequestBodyBytes)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxRequestBodyBytes = 10 * 1024 * 1024;

    public string DatabasePath => Path.Combine(DataDirectory, CrmCoreOptions.DatabaseFileName);

    public static ServerSettings From(IConfiguration configuration) => new(
        Path.GetFullPath(configuration["DATA_DIR"] is { Length: > 0 } dir ? dir : CrmCoreOptions.DefaultDataDirectory),
        configuration["URLS"] is { Length: > 0 } urls ? urls : DefaultUrls,
        configuration["ADMIN_PASSWORD"] is { Length: > 0 } password ? password : null,
        long.TryParse(configuration["MAX_REQUEST_BODY_BYTES"], out var max) && max > 0 ? max : DefaultMaxRequestBodyBytes);
}
