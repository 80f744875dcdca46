using CrmIntegration.Core.Duplicates;
using CrmIntegration.Core.Matching;

namespace CrmIntegration.Core.Configuration.Checks;

/// <summary>The <c>Matching</c> section's checks: rules the engine can build, weights it can use.</summary>
internal static class MatchingChecks
{
    private const string Section = MatchingOptions.SectionName;

    public static void Check(MatchingOptions options, SettingsCheck check)
    {
        foreach (var (module, rules) in options.Rules)
        {
            var key = $"{Section}:Rules:{module}";
            if (!DuplicateModules.Contains(module))
            {
                throw check.Invalid(key, $"names module '{module}', in which duplicates are not matched: use {string.Join(", ", DuplicateModules.All)}");
            }

            for (var i = 0; i < rules.Count; i++)
            {
                CheckRule(rules[i], $"{key}:{i}", check);
            }
        }

        CheckFuzzy(options.Fuzzy, check);
        check.AtLeast($"{Section}:MaxBlockSize", options.MaxBlockSize, 2);
        check.AtLeast($"{Section}:MaxGuardComparisons", options.MaxGuardComparisons, 1);
        check.AtLeast($"{Section}:Parallelism", options.Parallelism, 0);
    }

    private static void CheckRule(RuleOptions rule, string key, SettingsCheck check)
    {
        check.NotEmpty($"{key}:Fields", rule.Fields, "email, name+phone or fuzzy");
        if (!string.Equals(rule.Fields.Trim(), MatchRules.Fuzzy, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                MatchRules.FromFields(rule.Fields);
            }
            catch (ArgumentException e)
            {
                throw check.Invalid($"{key}:Fields", $"is '{rule.Fields}': {e.Message.Split(" (Parameter", 2)[0]} Or use fuzzy.");
            }
        }

        if (rule.Threshold is { } threshold)
        {
            check.Positive($"{key}:Threshold", threshold);
        }

        if (rule.MaxKeyShare is { } share)
        {
            check.AtLeast($"{key}:MaxKeyShare", share, 1);
        }
    }

    private static void CheckFuzzy(FuzzyWeights fuzzy, SettingsCheck check)
    {
        var key = $"{Section}:Fuzzy";
        check.Positive($"{key}:Threshold", fuzzy.Threshold);
        check.Within($"{key}:CompanyAgreeSimilarity", fuzzy.CompanyAgreeSimilarity, 0, 1);
        check.Within($"{key}:NameTokenSimilarity", fuzzy.NameTokenSimilarity, 0, 1);
        check.Within($"{key}:NamePartialCredit", fuzzy.NamePartialCredit, 0, 1);
        check.Within($"{key}:NameDiacriticMismatch", fuzzy.NameDiacriticMismatch, 0, 1);
        check.AtLeast($"{key}:SharedKeyFloor", fuzzy.SharedKeyFloor, 1);
        check.Positive($"{key}:NameMax", fuzzy.NameMax);
        check.Within($"{key}:NameTokenMin", fuzzy.NameTokenMin, 0, fuzzy.NameTokenMax);
    }
}
