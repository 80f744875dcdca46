using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>What the command line said about matching (<see cref="MatchingCommandOptions"/>); null means not given.</summary>
internal sealed record MatchingChoice(string? Rule = null, string? Fields = null, double? Threshold = null, string? Against = null)
{
    /// <summary>The settings (the run's <c>Matching</c> section) and the search asked for, on the module's canonical name.</summary>
    public (MatchingOptions Options, DuplicateSearchRequest Request) Resolve(CommandContext context, string module)
    {
        var options = context.Settings?.Matching ?? new MatchingOptions();
        if (Threshold is { } t)
        {
            // Modules compared against use their configured rules; their fuzzy rule takes the threshold too.
            options.Fuzzy.Threshold = t;
        }

        var rules = RuleChoice.Rules(options, module, Rule, Fields, Threshold);
        return (options, new DuplicateSearchRequest(module, rules, AgainstModules(module)));
    }

    private IReadOnlyList<string> AgainstModules(string module) =>
        Against is null ? DuplicateSearch.DefaultAgainst(module)
        : string.Equals(Against.Trim(), MatchingCommandOptions.None, StringComparison.OrdinalIgnoreCase) ? []
        : Against.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
