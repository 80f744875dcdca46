using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CrmIntegration.Core.Diagnostics;

/// <summary>
/// The core's <see cref="System.Diagnostics.Metrics"/> instruments (meter <see cref="MeterName"/>):
/// where an intake submission and a group commit spend their time. Nothing is timed unless a
/// listener (dotnet-counters, OpenTelemetry, <c>crm-bench</c>) has enabled the instrument, so the
/// cost when nobody listens is one flag check per stage.
/// </summary>
public static class CoreMetrics
{
    public const string MeterName = "CrmIntegration.Core";

    /// <summary>Milliseconds per intake stage (tag <c>stage</c>: partner_ref, duplicates, assignment, save, notify, submit).</summary>
    public const string IntakeStageDuration = "crm.intake.stage.duration";

    /// <summary>Milliseconds per group-commit phase (tag <c>phase</c>: queued, work, commit, durable, batch).</summary>
    public const string GroupCommitPhaseDuration = "crm.group_commit.phase.duration";

    /// <summary>Work items per committed group-commit transaction.</summary>
    public const string GroupCommitBatchSize = "crm.group_commit.batch.size";

    public const string StageTag = "stage";

    public const string PhaseTag = "phase";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<double> IntakeStages =
        Meter.CreateHistogram<double>(IntakeStageDuration, "ms", "Time per lead intake stage");

    internal static readonly Histogram<double> CommitPhases =
        Meter.CreateHistogram<double>(GroupCommitPhaseDuration, "ms", "Time per group commit phase");

    internal static readonly Histogram<int> BatchSizes =
        Meter.CreateHistogram<int>(GroupCommitBatchSize, "{item}", "Work items per group commit");

    /// <summary>A timestamp to measure from, or 0 when nobody listens to <paramref name="instrument"/>.</summary>
    internal static long Start(Histogram<double> instrument) => instrument.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records the time since <paramref name="start"/> (nothing when it is 0); returns now, for the next stage.</summary>
    internal static long Record(Histogram<double> instrument, long start, string tag, string value)
    {
        if (start == 0)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        instrument.Record(Stopwatch.GetElapsedTime(start, now).TotalMilliseconds, new KeyValuePair<string, object?>(tag, value));
        return now;
    }
}
