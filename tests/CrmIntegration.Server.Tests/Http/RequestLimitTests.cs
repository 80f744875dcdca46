using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Http;

/// <summary>A server of its own: the body limit is lowered so the test need not send 10 MB.</summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private readonly ServerFixture _server = new();

    public async Task InitializeAsync()
    {
        _server.Configure("Server:MaxRequestBodyBytes", "4096");
        await _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task OversizedBody_IsRefused413_SmallOneServed()
    {
        var big = RawSoap.Envelope($"<get_user_id xmlns=\"{RawSoap.Ns}\"><session>{new string('x', 8192)}</session></get_user_id>");
        var small = RawSoap.Envelope($"<get_user_id xmlns=\"{RawSoap.Ns}\"><session>x</session></get_user_id>");

        var (bigStatus, _) = await RawSoap.PostAsync(_server, "get_user_id", big);
        var (smallStatus, smallBody) = await RawSoap.PostAsync(_server, "get_user_id", small);

        Assert.Equal(413, bigStatus);
        Assert.Equal(500, smallStatus);
        Assert.Contains("<number>11</number>", smallBody);
    }
}
