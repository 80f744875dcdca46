using System.CommandLine;
using System.Globalization;
using CrmIntegration.Core.Matching;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// <c>--rule</c>, <c>--fields</c>, <c>--threshold</c> and <c>--against</c>: how <c>crm dedupe find</c>
/// and <c>crm dedupe merge --auto</c> decide what a duplicate is, over the <c>Matching</c> settings.
/// </summary>
internal sealed class MatchingCommandOptions
{
    public const string None = "none";

    public Option<string?> Rule { get; } = new("--rule")
    {
        Description = "Use only this rule: email, phone, name+phone, name+company, … (exact keys) or fuzzy (scored). "
            + "Default: the module's configured rules (Matching:Rules:<Module>), else email, name+phone and fuzzy "
            + "(Accounts: company, email, phone).",
        HelpName = "NAME",
    };

    public Option<string?> Fields { get; } = new("--fields")
    {
        Description = "Use only an exact rule on these fields, joined by '+': email, phone, name, company (e.g. name+email).",
        HelpName = "a+b",
    };

    public Option<double?> Threshold { get; } = new("--threshold")
    {
        Description = "The fuzzy rule's threshold in bits of evidence (default 13; lower finds more, less surely).",
        HelpName = "X",
    };

    public Option<string?> Against { get; } = new("--against")
    {
        Description = "Also report records that duplicate an existing record of these modules (comma-separated, or 'none'). "
            + "Default for Leads: Contacts,Accounts (a lead that is already a customer); none for other modules.",
        HelpName = "MODULES",
    };

    /// <summary>The option of earlier versions, kept hidden so that a script still using it is told what replaced it.</summary>
    public Option<string?> RetiredSettings { get; } = new("--settings") { Hidden = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Rule);
        command.Options.Add(Fields);
        command.Options.Add(Threshold);
        command.Options.Add(Against);
        command.Options.Add(RetiredSettings);
        command.Validators.Add(result =>
        {
            if (result.GetResult(RetiredSettings) is not null)
            {
                result.AddError("--settings was replaced by the global --config FILE, which every crm command takes "
                    + "(and which is read whole, as the server reads it)");
            }

            if (result.GetResult(Rule) is not null && result.GetResult(Fields) is not null)
            {
                result.AddError("--rule and --fields cannot be used together");
            }

            // Read from the token: a value that is no number at all is already a parse error, and GetValue would throw.
            if (result.GetResult(Threshold) is { Tokens: [var token] }
                && double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var t)
                && (!double.IsFinite(t) || t <= 0))
            {
                result.AddError($"--threshold must be a positive number, not {token.Value}");
            }
        });
    }

    public bool AnyGiven(System.CommandLine.Parsing.CommandResult result) =>
        new Option[] { Rule, Fields, Threshold, Against }.Any(o => result.GetResult(o) is not null);

    public MatchingChoice Read(ParseResult parseResult) => new(
        parseResult.GetValue(Rule),
        parseResult.GetValue(Fields),
        parseResult.GetValue(Threshold),
        parseResult.GetValue(Against));
}
