using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Duplicates;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>A duplicate search with a progress bar per phase on a terminal's stderr (<see cref="PhaseProgress"/>).</summary>
internal static class SearchProgress
{
    public static DuplicateSearchResult Run(CommandContext context, Func<IProgress<DuplicateSearchProgress>?, DuplicateSearchResult> search) =>
        PhaseProgress.Run(context, report => search(report is null ? null : new Reporter(report)));

    /// <summary>Hands each report on synchronously (not <see cref="Progress{T}"/>, which posts to the thread pool and may reorder).</summary>
    private sealed class Reporter(Action<string, long, long?> report) : IProgress<DuplicateSearchProgress>
    {
        public void Report(DuplicateSearchProgress value) => report(value.Phase, value.Done, value.Total);
    }
}
