using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Matching.Merge;

/// <summary>
/// Emails and phones are several values of one kind spread over slots (email1/email2;
/// phone_mobile/phone_work/…). A loser's value the master lacks (compared by match key) goes,
/// newest record first, into a free slot of the master: its own slot name when that is free, else
/// the next free one of that kind; when no slot is left it becomes an "Also:" line for the description,
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

        // Newer records win the free slots; among the winners, a value keeps its own slot name when it can.
        var free = slots.Where(s => Survivorship.IsEmpty(values[s.Name])).ToList();
        var freeCount = free.Count;
        var winners = candidates.Take(freeCount).ToList();
        foreach (var winner in winners.ToList())
        {
            if (!free.Contains(winner.Slot))
            {
                continue;
            }

            Place(winner.Slot, winner, values, sources, "empty on the master; same slot of the newest record having it");
            free.Remove(winner.Slot);
            winners.Remove(winner);
        }

        foreach (var (winner, slot) in winners.Zip(free))
        {
            Place(slot, winner, values, sources, $"kept: {winner.Slot.Name} of another record, in the master's free slot");
        }

        return candidates.Skip(freeCount).Select(c => $"Also: {c.Slot.Name} {c.Value} (from {c.From})").ToList();
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
