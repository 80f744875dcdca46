using System.Diagnostics;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// Closed-loop load: every client sends its next request as soon as the previous one answers,
/// until the deadline. Requests completing during the warm-up are not counted; the rate is the
/// requests completed inside the measured window divided by its length.
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync<TClient>(
        IReadOnlyList<TClient> clients, Func<TClient, Task> call, TimeSpan warmup, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(call);

        var measureFrom = Stopwatch.GetTimestamp() + Ticks(warmup);
        var measureTo = measureFrom + Ticks(duration);

        var cpu = MeasureCpuAsync(measureFrom, measureTo);

        // Task.Run so that a client whose first call completes synchronously cannot hold up the others.
        var tallies = await Task.WhenAll(clients.Select(c => Task.Run(() => ClientLoopAsync(c, call, measureFrom, measureTo))));

        var latencies = tallies.SelectMany(t => t.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadResult(
            latencies.Length,
            tallies.Sum(t => t.Errors),
            duration.TotalSeconds,
            Milliseconds(Percentile(latencies, 0.50)),
            Milliseconds(Percentile(latencies, 0.99)),
            await cpu,
            tallies.Select(t => t.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<Tally> ClientLoopAsync<TClient>(TClient client, Func<TClient, Task> call, long measureFrom, long measureTo)
    {
        var tally = new Tally();
        while (true)
        {
            var sent = Stopwatch.GetTimestamp();
            if (sent >= measureTo)
            {
                return tally;
            }

            var failed = false;
            try
            {
                await call(client);
            }
            catch (Exception e)
            {
                // Counted and reported, never silently dropped: a failing call must not look fast.
                failed = true;
                tally.FirstError ??= e;
            }

            var answered = Stopwatch.GetTimestamp();
            if (answered < measureFrom || answered >= measureTo)
            {
                continue;
            }

            if (failed)
            {
                tally.Errors++;
            }
            else
            {
                tally.Latencies.Add(answered - sent);
            }
        }
    }

    /// <summary>The process CPU time used between the two timestamps (sampled when each passes).</summary>
    private static async Task<TimeSpan> MeasureCpuAsync(long from, long to)
    {
        await Task.Delay(Until(from));
        var start = Environment.CpuUsage.TotalTime;
        await Task.Delay(Until(to));
        return Environment.CpuUsage.TotalTime - start;
    }

    private static TimeSpan Until(long timestamp) =>
        TimeSpan.FromSeconds(Math.Max(0, timestamp - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);

    private static long Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class Tally
    {
        public List<long> Latencies { get; } = new(capacity: 64 * 1024);

        public long Errors { get; set; }

        public Exception? FirstError { get; set; }
    }
}
