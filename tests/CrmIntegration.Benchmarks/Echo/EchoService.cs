using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Benchmarks.Echo;

/// <summary>Returns its argument: everything measured is SOAP, HTTP and the client.</summary>
public sealed class EchoService : IEchoService
{
    public const string Path = "/bench/echo.svc";

    public Task<string> EchoAsync(string value) => Task.FromResult(value);

    public Task<NewSetEntryResult> EchoEntryAsync(string session, string module_name, NameValue[] name_value_list) =>
        Task.FromResult(new NewSetEntryResult { Id = name_value_list?.Length > 0 ? name_value_list[^1].Value : session });
}
