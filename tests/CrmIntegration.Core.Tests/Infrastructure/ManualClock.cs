using System.Globalization;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Infrastructure;

/// <summary>A clock that moves only when a test says so (lockout and session expiry without sleeping).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    public ManualClock()
        : this(DefaultStart)
    {
    }

    public DateTimeOffset Now { get; private set; } = start;

    /// <summary>The current time in the wire format records use (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</summary>
    public string NowText => Now.UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
