using System.Diagnostics.Metrics;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// Kestrel's open-connection count, read from its <c>kestrel.active_connections</c> metric. Shows
/// that every client really has its own connection (no client-side connection limit throttling).
/// </summary>
public sealed class ConnectionGauge : IDisposable
{
    private const string KestrelMeter = "Microsoft.AspNetCore.Server.Kestrel";
    private const string ActiveConnections = "kestrel.active_connections";

    private readonly MeterListener _listener = new();
    private long _open;

    public ConnectionGauge()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KestrelMeter && instrument.Name == ActiveConnections)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, delta, _, _) => Interlocked.Add(ref _open, delta));
        _listener.Start();
    }

    public long Open => Interlocked.Read(ref _open);

    public void Dispose() => _listener.Dispose();
}
