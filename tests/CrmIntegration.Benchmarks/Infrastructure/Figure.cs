using System.Globalization;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>The runs of one measured figure and their medians, formatted for the summary lines.</summary>
public sealed class Figure(string benchmark, string name)
{
    private readonly List<LoadResult> _runs = [];

    public string Name => name;

    public IReadOnlyList<LoadResult> Runs => _runs;

    public double MedianRate => Median(_runs.Select(r => r.RequestsPerSecond));

    public double MedianP50Ms => Median(_runs.Select(r => r.P50Ms));

    public double MedianP99Ms => Median(_runs.Select(r => r.P99Ms));

    public double MedianCpuMicros => Median(_runs.Select(r => r.CpuMicrosPerRequest));

    public long Errors => _runs.Sum(r => r.Errors);

    public void Add(LoadResult result) => _runs.Add(result);

    public string RunLine(int run, LoadResult r, long connections) => string.Create(CultureInfo.InvariantCulture,
        $"{benchmark} run {run} {name}: {r.RequestsPerSecond:F0} req/s, p50 {r.P50Ms:F2} ms, p99 {r.P99Ms:F2} ms, " +
        $"{r.CpuMicrosPerRequest:F0} µs CPU/request, {r.Requests} requests, {r.Errors} errors, {connections} server connections open");

    public string RateLine(int clients) => string.Create(CultureInfo.InvariantCulture,
        $"{benchmark} {name}: {MedianRate:F0} req/s (median of {_runs.Count} runs, {clients} clients)");

    public string LatencyLine() => string.Create(CultureInfo.InvariantCulture,
        $"{benchmark} {name} latency: p50 {MedianP50Ms:F2} ms, p99 {MedianP99Ms:F2} ms (median of {_runs.Count} runs)");

    /// <summary>Process CPU per request (server and clients together), the figure least moved by other load.</summary>
    public string CpuLine() => string.Create(CultureInfo.InvariantCulture,
        $"{benchmark} {name} cost: {MedianCpuMicros:F0} µs of process CPU per request (median of {_runs.Count} runs)");

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
