using Spectre.Console;

namespace CrmIntegration.Cli.CommandLine.Output;

/// <summary>
/// Runs long work with a progress bar per phase on stderr, when stderr is a terminal; in redirected
/// output (logs, cron, tests) it shows nothing, so the output stays what was asked for.
/// </summary>
internal static class PhaseProgress
{
    /// <summary>Runs <paramref name="work"/>, giving it a reporter of (phase, done, total) when there is a terminal to draw on, else null.</summary>
    public static T Run<T>(CommandContext context, Func<Action<string, long, long?>?, T> work)
    {
        if (!context.ErrorIsTerminal)
        {
            return work(null);
        }

        return context.TerminalConsole(context.Error).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(progress => work(new Bars(progress).Report));
    }

    /// <summary>One bar per phase; a new phase completes the ones before it.</summary>
    private sealed class Bars(ProgressContext progress)
    {
        private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public void Report(string phase, long done, long? total)
        {
            lock (_lock)
            {
                if (!_bars.TryGetValue(phase, out var bar))
                {
                    foreach (var earlier in _bars.Values.Where(b => !b.IsFinished))
                    {
                        earlier.IsIndeterminate = false;
                        earlier.Value = earlier.MaxValue;
                        earlier.StopTask();
                    }

                    bar = _bars[phase] = progress.AddTask(Markup.Escape(phase), maxValue: 1);
                }

                bar.IsIndeterminate = total is null;
                if (total is { } known)
                {
                    bar.MaxValue = Math.Max(1, known);
                    bar.Value = done;
                }
            }
        }
    }
}
