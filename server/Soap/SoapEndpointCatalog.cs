namespace CrmIntegration.Server.Soap;

/// <summary>
/// The SOAP endpoints this server maps (path and service contract), so that the HTTP middleware in
/// front of SoapCore can tell a SOAP address from any other and find the contract behind a WSDL.
/// Filled by <c>MapCrmSoapEndpoint</c>; read on every request, so lookups take no lock.
/// </summary>
public sealed class SoapEndpointCatalog
{
    private readonly Lock _gate = new();
    private volatile SoapEndpoint[] _endpoints = [];

    public IReadOnlyList<SoapEndpoint> Endpoints => _endpoints;

    public void Add(string path, Type contract)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(contract);
        lock (_gate)
        {
            _endpoints = [.. _endpoints, new SoapEndpoint(new PathString(path), contract)];
        }
    }

    /// <summary>
    /// The endpoint whose path is <paramref name="path"/> or a prefix of it (segment-wise, ignoring
    /// case, as SoapCore matches), with what follows it in <paramref name="rest"/> (empty for the
    /// endpoint itself).
    /// </summary>
    public SoapEndpoint? Find(PathString path, out PathString rest)
    {
        foreach (var endpoint in _endpoints)
        {
            if (path.StartsWithSegments(endpoint.Path, StringComparison.OrdinalIgnoreCase, out rest))
            {
                return endpoint;
            }
        }

        rest = PathString.Empty;
        return null;
    }
}

/// <summary>One mapped SOAP endpoint: where it is served and the <c>[ServiceContract]</c> it serves.</summary>
public sealed record SoapEndpoint(PathString Path, Type Contract);
