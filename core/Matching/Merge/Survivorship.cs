using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// The master's values after a merge. The master's non-empty value wins; an empty master field is
/// filled from the losers, newest first (<c>date_modified</c>). Emails and phones are kept, not
/// dropped: see <see cref="MultiValueSlots"/>. A key pointing inside the merged group is cleared,
/// since the master would otherwise report to, or be a member of, itself.
/// </summary>
internal static class Survivorship
{
    public static IReadOnlyList<MergeFieldChange> Changes(
        ModuleDefinition module, ModuleRegistry registry, CrmRecord master, IReadOnlyList<CrmRecord> losersNewestFirst)
    {
        var group = losersNewestFirst.Select(l => l.Id).Append(master.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var selfKeys = SurvivorshipFields.SelfKeys(module, registry);
        var values = master.Clone();
        var sources = new Dictionary<string, (string? Source, string Reason)>(StringComparer.OrdinalIgnoreCase);

        foreach (var key in selfKeys.Where(k => group.Contains(values[k] ?? "")))
        {
            values[key] = "";
            sources[key] = (null, "cleared: it pointed at a record of this merge");
        }

        var pooled = SurvivorshipFields.Emails(module).Concat(SurvivorshipFields.Phones(module)).Select(f => f.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var field in SurvivorshipFields.Business(module).Where(f => !pooled.Contains(f.Name) && IsEmpty(values[f.Name])))
        {
            var donor = losersNewestFirst.FirstOrDefault(l =>
                !IsEmpty(l[field.Name]) && !(selfKeys.Contains(field.Name) && group.Contains(l[field.Name]!)));
            if (donor is not null)
            {
                values[field.Name] = donor[field.Name];
                sources[field.Name] = (donor.Id, "empty on the master; newest non-empty value");
            }
        }

        var overflow = new List<string>();
        foreach (var pool in new[] { SurvivorshipFields.Emails(module), SurvivorshipFields.Phones(module) })
        {
            overflow.AddRange(MultiValueSlots.Fill(pool, values, losersNewestFirst, sources));
        }

        if (overflow.Count > 0)
        {
            var description = values["description"];
            values["description"] = (IsEmpty(description) ? "" : description!.TrimEnd() + "\n") + string.Join("\n", overflow);
            var from = sources.TryGetValue("description", out var earlier) && earlier.Source is not null ? earlier.Source + ", " : "";
            sources["description"] = (from + string.Join(", ", losersNewestFirst.Select(l => l.Id)), "other emails/phones kept as \"Also:\" lines");
        }

        return sources
            .Where(s => (master[s.Key] ?? "") != (values[s.Key] ?? ""))
            .Select(s => new MergeFieldChange(module.FindField(s.Key)?.Name ?? s.Key, master[s.Key], values[s.Key], s.Value.Source, s.Value.Reason))
            .OrderBy(c => IndexOf(module, c.Field))
            .ToList();
    }

    public static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value);

    private static int IndexOf(ModuleDefinition module, string field) =>
        module.Fields.Select((f, i) => (f, i)).FirstOrDefault(x => x.f.Name == field).i;
}
