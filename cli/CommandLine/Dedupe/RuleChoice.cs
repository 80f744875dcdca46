using CrmIntegration.Core.Matching;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>Turns <c>--rule</c> / <c>--fields</c> / <c>--threshold</c> into the core's rule set, with one-line errors.</summary>
internal static class RuleChoice
{
    private const string KnownRules = "fuzzy, email, phone, name+phone, name+email, name+company, or another a+b of email, phone, name, company";

    public static RuleSet Rules(MatchingOptions options, string module, string? rule, string? fields, double? threshold)
    {
        RuleSet rules;
        try
        {
            rules = rule is not null ? RuleSet.Named(module, MatchRules.Named(rule, options.Fuzzy))
                : fields is not null ? RuleSet.Named(module, MatchRules.FromFields(fields))
                : options.RulesFor(module);
        }
        catch (ArgumentException e)
        {
            throw rule is not null ? new CliException(ExitCode.Usage, $"unknown rule '{rule}': use {KnownRules}")
                : fields is not null ? new CliException(ExitCode.Usage, $"--fields '{fields}': {Reason(e)}")
                : new CliException(ExitCode.InvalidData, $"bad Matching:Rules:{module} setting: {Reason(e)}");
        }

        if (threshold is not { } t)
        {
            return rules;
        }

        return rules.Rules.Any(r => r is FuzzyRule)
            ? rules.WithThreshold(t)
            : throw new CliException(ExitCode.Usage, $"--threshold sets the fuzzy rule's threshold, but the rules in force ({rules}) have none; add --rule fuzzy");
    }

    // ArgumentException appends " (Parameter 'x')", which means nothing to a person at a shell.
    private static string Reason(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
}
