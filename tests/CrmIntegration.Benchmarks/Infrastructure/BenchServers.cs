namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>The servers of one benchmark run (<c>intake --instances n</c> on one database), stopped together.</summary>
public sealed class BenchServers : List<BenchServer>, IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var server in this)
        {
            await server.DisposeAsync();
        }
    }
}
