namespace CrmIntegration.Benchmarks.Echo;

/// <summary>Returns its argument: everything measured is SOAP, HTTP and the client.</summary>
public sealed class EchoService : IEchoService
{
    public const string Path = "/bench/echo.svc";

    public Task<string> EchoAsync(string value) => Task.FromResult(value);
}
