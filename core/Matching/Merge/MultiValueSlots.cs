using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Emails and phones are several values of one kind spread over slots (email1/email2;
/// phone_mobile/phone_work/…). A loser's value the master lacks (compared by match key) goes,
/// in order of preference, into the master's same-named slot if empty, then into its next empty
/// slot of that kind; when every slot is taken it becomes an "Also:" line for the description,
/// so no address or number silently disappears from the surviving record.
/// </summary>
internal static class MultiValueSlots
{
    /// <returns>The "Also:" lines for values that found no slot.</returns>
    public static IReadOnlyList<string> Fill(
        IReadOnlyList<FieldDefinition> slots,
        CrmRecord values,
        IReadOnlyList<CrmRecord> losersNewestFirst,
        Dictionary<string, (string? Source, string Reason)> sources)
    {
        if (slots.Count == 0)
        {
            return [];
        }

        var known = slots.Select(s => Key(s, values[s.Name])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(FieldDefinition Slot, string Value, string From)>();
        foreach (var loser in losersNewestFirst)
        {
            foreach (var slot in slots)
            {
                if (Key(slot, loser[slot.Name]) is { } key && known.Add(key))
                {
                    candidates.Add((slot, loser[slot.Name]!, loser.Id));
                }
            }
        }

        var placed = new HashSet<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (Survivorship.IsEmpty(values[candidates[i].Slot.Name]))
            {
                Place(candidates[i].Slot, candidates[i], values, sources, "empty on the master; same slot of a newer record");
                placed.Add(i);
            }
        }

        var overflow = new List<string>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (placed.Contains(i))
            {
                continue;
            }

            var free = slots.FirstOrDefault(s => Survivorship.IsEmpty(values[s.Name]));
            if (free is null)
            {
                overflow.Add($"Also: {candidates[i].Slot.Name} {candidates[i].Value} (from {candidates[i].From})");
                continue;
            }

            Place(free, candidates[i], values, sources, $"kept: {candidates[i].Slot.Name} of another record, master's next free slot");
        }

        return overflow;
    }

    private static void Place(
        FieldDefinition slot, (FieldDefinition Slot, string Value, string From) candidate, CrmRecord values,
        Dictionary<string, (string? Source, string Reason)> sources, string reason)
    {
        values[slot.Name] = candidate.Value;
        sources[slot.Name] = (candidate.From, reason);
    }

    // Compared by match key so "An@X.vn" and "an@x.vn", or two spellings of one number, count once;
    // a value the normaliser rejects is still kept, compared by its trimmed text.
    private static string? Key(FieldDefinition slot, string? value)
    {
        if (Survivorship.IsEmpty(value))
        {
            return null;
        }

        var key = slot.Type == FieldType.Email ? EmailKey.Normalize(value) : PhoneKey.Normalize(value);
        return slot.Type + ":" + (key ?? value!.Trim().ToLowerInvariant());
    }
}
