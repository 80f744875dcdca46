namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// One measured window: completed requests, failures, latency percentiles, and the CPU time the
/// whole process (server and load clients) used in the window.
/// </summary>
public sealed record LoadResult(long Requests, long Errors, double Seconds, double P50Ms, double P99Ms, TimeSpan ProcessCpu, Exception? FirstError)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>
    /// Process CPU microseconds per completed request. Throughput on a shared two-core machine
    /// swings by a fifth between runs; CPU spent per request moves far less, so it is the figure
    /// to compare two builds by.
    /// </summary>
    public double CpuMicrosPerRequest => Requests > 0 ? ProcessCpu.TotalMicroseconds / Requests : 0;
}
