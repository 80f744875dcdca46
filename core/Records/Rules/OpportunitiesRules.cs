using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Records.Rules;

/// <summary>
/// Fills <c>probability</c> from the sales stage when the caller does not send one, as SugarCRM's
/// edit view does: on create, and when the stage changes. A probability the caller sends wins.
/// </summary>
public sealed class OpportunitiesRules : IRecordRules
{
    public string Module => "Opportunities";

    public void BeforeSave(CrmUser user, CrmRecord record, CrmRecord? before, IReadOnlyDictionary<string, string?> input)
    {
        var stage = record["sales_stage"];
        var stageChanged = before is null || !string.Equals(before["sales_stage"], stage, StringComparison.Ordinal);
        var probabilitySent = input.TryGetValue("probability", out var sent) && !string.IsNullOrWhiteSpace(sent);
        if (stageChanged && !probabilitySent && SalesStages.DefaultProbability(stage) is { } probability)
        {
            record["probability"] = probability.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
