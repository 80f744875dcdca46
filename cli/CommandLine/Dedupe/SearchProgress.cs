using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;
using Spectre.Console;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// Runs a duplicate search with a progress bar per phase on stderr, when stderr is a terminal; in
/// redirected output (logs, cron, tests) it shows nothing, so the output stays what was asked for.
/// </summary>
internal static class SearchProgress
{
    public static DuplicateSearchResult Run(CommandContext context, Func<IProgress<DuplicateSearchProgress>?, DuplicateSearchResult> search)
    {
        if (!context.ErrorIsTerminal)
        {
            return search(null);
        }

        return context.TerminalConsole(context.Error).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(progress => search(new Bars(progress)));
    }

    /// <summary>One bar per phase; a new phase completes the ones before it.</summary>
    private sealed class Bars(ProgressContext progress) : IProgress<DuplicateSearchProgress>
    {
        private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public void Report(DuplicateSearchProgress value)
        {
            lock (_lock)
            {
                if (!_bars.TryGetValue(value.Phase, out var bar))
                {
                    foreach (var earlier in _bars.Values.Where(b => !b.IsFinished))
                    {
                        earlier.IsIndeterminate = false;
                        earlier.Value = earlier.MaxValue;
                        earlier.StopTask();
                    }

                    bar = _bars[value.Phase] = progress.AddTask(Markup.Escape(value.Phase), maxValue: 1);
                }

                bar.IsIndeterminate = value.Total is null;
                if (value.Total is { } total)
                {
                    bar.MaxValue = Math.Max(1, total);
                    bar.Value = value.Done;
                }
            }
        }
    }
}
