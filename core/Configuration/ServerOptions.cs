namespace CrmIntegration.Core.Configuration;

/// <summary>
/// The configuration section <c>Server</c>: the SOAP server's own settings. <c>crm</c> reads and
/// shows them too (<c>crm config show</c>), so both hosts agree on every key.
/// </summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxRequestBodyBytes = 10 * 1024 * 1024;

    /// <summary><c>Server:Urls</c>: where Kestrel listens, <c>;</c>-separated (e.g. <c>http://0.0.0.0:5080</c>).</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary><c>Server:MaxRequestBodyBytes</c>: larger requests get HTTP 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary><c>Server:AdminPassword</c>: the password of <c>admin</c> created on the first start with an empty database; generated and printed once when unset.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The listen URLs one by one.</summary>
    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
