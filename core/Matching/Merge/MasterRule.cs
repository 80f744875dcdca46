using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Which record survives when the caller does not say: the most complete (most non-empty business
/// fields), then the oldest (<c>date_entered</c>), then the smallest id, so the choice is
/// deterministic and can be stated in one sentence.
/// </summary>
internal static class MasterRule
{
    public static (CrmRecord Master, string Rule) Choose(ModuleDefinition module, IReadOnlyList<CrmRecord> records, string? masterId)
    {
        if (!string.IsNullOrWhiteSpace(masterId))
        {
            var chosen = records.First(r => string.Equals(r.Id, masterId.Trim(), StringComparison.OrdinalIgnoreCase));
            return (chosen, "chosen by the caller");
        }

        var ranked = records
            .OrderByDescending(r => Filled(module, r))
            .ThenBy(r => r[CommonFields.DateEntered] ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var master = ranked[0];
        var total = SurvivorshipFields.Business(module).Count();
        return (master, $"most complete ({Filled(module, master)} of {total} fields filled), then oldest " +
                        $"(entered {master[CommonFields.DateEntered]}), then smallest id");
    }

    private static int Filled(ModuleDefinition module, CrmRecord record) =>
        SurvivorshipFields.Business(module).Count(f => !string.IsNullOrWhiteSpace(record[f.Name]));
}
