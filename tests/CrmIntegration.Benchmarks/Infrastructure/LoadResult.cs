namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>One measured window: completed requests, failures and latency percentiles.</summary>
public sealed record LoadResult(long Requests, long Errors, double Seconds, double P50Ms, double P99Ms, Exception? FirstError)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;
}
