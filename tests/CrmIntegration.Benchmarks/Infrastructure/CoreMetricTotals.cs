using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CrmIntegration.Core.Diagnostics;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// Sums and counts of the core's timing histograms (<see cref="CoreMetrics"/>) per stage or phase,
/// and group-commit batch sizes, so a run can show where an intake submission spends its time.
/// </summary>
public sealed class CoreMetricTotals : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, object? Tag), Total> _totals = new();

    public CoreMetricTotals()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CoreMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(Key(instrument.Name, tags), value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(Key(instrument.Name, tags), value));
        _listener.Start();
    }

    /// <summary>Totals so far, by <c>instrument/tag</c>; <see cref="Reset"/> starts again.</summary>
    public IReadOnlyDictionary<string, (long Count, double Sum, double Max)> Snapshot() =>
        _totals.ToDictionary(p => p.Key.Tag is null ? p.Key.Instrument : $"{p.Key.Instrument}/{p.Key.Tag}", p => p.Value.Read());

    public void Reset() => _totals.Clear();

    public void Dispose() => _listener.Dispose();

    private void Add((string, object?) key, double value) => _totals.GetOrAdd(key, _ => new Total()).Add(value);

    private static (string, object?) Key(string instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        (instrument, tags.Length == 0 ? null : tags[0].Value);

    private sealed class Total
    {
        private readonly Lock _gate = new();
        private long _count;
        private double _sum;
        private double _max;

        public void Add(double value)
        {
            lock (_gate)
            {
                _count++;
                _sum += value;
                _max = Math.Max(_max, value);
            }
        }

        public (long, double, double) Read()
        {
            lock (_gate)
            {
                return (_count, _sum, _max);
            }
        }
    }
}
