using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records.Rules;

namespace CrmIntegration.Core.Conversion;

/// <summary>
/// What to do when converting one lead. Without <see cref="AccountId"/>/<see cref="ContactId"/> the
/// matching engine looks for an existing account (same company name) and contact (same email, or
/// same name and phone) and links them when exactly one matches; otherwise new ones are created.
/// </summary>
public sealed record LeadConversionRequest(string LeadId)
{
    /// <summary>Link to this existing account instead of matching or creating one.</summary>
    public string? AccountId { get; init; }

    /// <summary>The new account's name when one is created (default: the lead's <c>account_name</c>).</summary>
    public string? AccountName { get; init; }

    /// <summary>Link to this existing contact instead of matching or creating one.</summary>
    public string? ContactId { get; init; }

    /// <summary>False: never link records found by matching; create new ones unless ids are given.</summary>
    public bool MatchExisting { get; init; } = true;

    public bool CreateOpportunity { get; init; }

    /// <summary>Default: the lead's <c>opportunity_name</c>, else the account's name.</summary>
    public string? OpportunityName { get; init; }

    /// <summary>Default: the lead's <c>opportunity_amount</c>.</summary>
    public string? OpportunityAmount { get; init; }

    /// <summary>Default: Prospecting. The probability follows from the stage (OpportunitiesRules).</summary>
    public string? SalesStage { get; init; }

    /// <summary><c>yyyy-MM-dd</c>; required when an opportunity is created.</summary>
    public string? DateClosed { get; init; }

    /// <summary>The option names of <see cref="FromOptions"/>, as SOAP clients send them.</summary>
    public static IReadOnlyList<string> OptionNames { get; } =
    [
        "account_id", "account_name", "contact_id", "match_existing", "create_opportunity",
        "opportunity_name", "opportunity_amount", "sales_stage", "date_closed",
    ];

    /// <summary>
    /// Reads convert_lead's <c>name_value_list</c>. Unknown names are refused rather than ignored: a
    /// misspelt <c>acount_id</c> would otherwise create a second account silently.
    /// </summary>
    /// <exception cref="CrmException">1001 naming the unknown or malformed option.</exception>
    public static LeadConversionRequest FromOptions(string leadId, IEnumerable<KeyValuePair<string, string?>> options)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in options)
        {
            if (!OptionNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw CrmException.UnknownConversionOption(name, OptionNames);
            }

            values[name] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var request = new LeadConversionRequest(leadId)
        {
            AccountId = values.GetValueOrDefault("account_id"),
            AccountName = values.GetValueOrDefault("account_name"),
            ContactId = values.GetValueOrDefault("contact_id"),
            MatchExisting = Flag(values, "match_existing") ?? true,
            CreateOpportunity = Flag(values, "create_opportunity") ?? false,
            OpportunityName = values.GetValueOrDefault("opportunity_name"),
            OpportunityAmount = values.GetValueOrDefault("opportunity_amount"),
            SalesStage = values.GetValueOrDefault("sales_stage"),
            DateClosed = values.GetValueOrDefault("date_closed"),
        };
        request.Check();
        return request;
    }

    /// <summary>Opportunity details without <see cref="CreateOpportunity"/> are a mistake, not a wish.</summary>
    /// <exception cref="CrmException">1001 naming the first opportunity option given without create_opportunity.</exception>
    public void Check()
    {
        if (CreateOpportunity)
        {
            return;
        }

        var stray = new (string Name, string? Value)[]
        {
            ("opportunity_name", OpportunityName), ("opportunity_amount", OpportunityAmount),
            ("sales_stage", SalesStage), ("date_closed", DateClosed),
        }.FirstOrDefault(o => o.Value is not null);
        if (stray.Name is not null)
        {
            throw CrmException.ConversionOptionInvalid(stray.Name, "is given but create_opportunity is not 1");
        }
    }

    private static bool? Flag(Dictionary<string, string?> values, string name) =>
        values.GetValueOrDefault(name)?.ToLowerInvariant() switch
        {
            null => null,
            "1" or "true" or "yes" or "on" => true,
            "0" or "false" or "no" or "off" => false,
            var other => throw CrmException.ConversionOptionInvalid(name, $"must be 1 or 0, not '{other}'"),
        };
}
