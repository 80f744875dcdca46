using System.Globalization;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when a test says so (lockout and session expiry without sleeping). Safe to
/// read from other threads (a server's scheduler reads it while the test moves it). Timers it creates
/// still run on real time: only "now" is the test's.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    private readonly Lock _lock = new();
    private DateTimeOffset _now = start;

    public ManualClock()
        : this(DefaultStart)
    {
    }

    public DateTimeOffset Now
    {
        get
        {
            lock (_lock)
            {
                return _now;
            }
        }
    }

    /// <summary>The current time in the wire format records use (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</summary>
    public string NowText => Now.UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);

    /// <summary>
    /// How far each reading by the code under test (<see cref="GetUtcNow"/>) moves the clock on; zero,
    /// the default, keeps it still. A ticking clock gives two separate writes two different times.
    /// </summary>
    public TimeSpan Tick { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            var now = _now;
            _now += Tick;
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }
}
