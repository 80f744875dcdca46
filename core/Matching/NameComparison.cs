namespace CrmIntegration.Core.Matching;

/// <summary>
/// Scores two person names as token multisets (order-free: "Nguyễn Văn An" = "An Nguyen Van").
/// Each token of the shorter name is paired with its most similar unused token of the longer one
/// (Jaro-Winkler on folded forms); a pair earns that token's frequency weight, in full when equal
/// and partly when only close, plus a bonus when the diacritics agree too and much less when both
/// carry diacritics that differ. Tokens of the shorter name left unpaired cost a fixed penalty;
/// extra tokens of the longer name cost nothing, since a middle name is often left out.
/// </summary>
public static class NameComparison
{
    public static double Score(MatchProfile a, MatchProfile b, FrequencyTable frequencies, FuzzyWeights weights)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.HasName || !b.HasName)
        {
            return 0;
        }

        var (shortName, longName) = a.NameFolded.Length <= b.NameFolded.Length ? (a, b) : (b, a);
        var used = 0UL; // names hold at most 8 tokens (see MatchProfileFactory)
        double total = 0;
        var unmatched = 0;
        for (var i = 0; i < shortName.NameFolded.Length; i++)
        {
            var token = shortName.NameFolded[i];
            var best = -1;
            double bestSimilarity = 0;
            for (var j = 0; j < longName.NameFolded.Length; j++)
            {
                if ((used & (1UL << j)) != 0)
                {
                    continue;
                }

                var similarity = string.Equals(token, longName.NameFolded[j], StringComparison.Ordinal)
                    ? 1
                    : JaroWinkler.Similarity(token, longName.NameFolded[j]);
                if (similarity > bestSimilarity)
                {
                    bestSimilarity = similarity;
                    best = j;
                    if (similarity >= 1)
                    {
                        break;
                    }
                }
            }

            if (best < 0 || bestSimilarity < weights.NameTokenSimilarity)
            {
                unmatched++;
                continue;
            }

            used |= 1UL << best;
            var weight = frequencies.TokenWeight(token, weights.NameTokenMin, weights.NameTokenMax);
            var credit = bestSimilarity >= 1 ? weight : weight * weights.NamePartialCredit;
            total += DiacriticAdjusted(credit, shortName.NameFolded[i], shortName.NameExact[i],
                longName.NameFolded[best], longName.NameExact[best], weights);
        }

        return Math.Min(total, weights.NameMax) - unmatched * weights.NameUnmatchedPenalty;
    }

    private static double DiacriticAdjusted(double credit, string foldedA, string exactA, string foldedB, string exactB, FuzzyWeights weights)
    {
        // Only when both writers used diacritics does a difference in them mean anything.
        var marksA = !string.Equals(foldedA, exactA, StringComparison.Ordinal);
        var marksB = !string.Equals(foldedB, exactB, StringComparison.Ordinal);
        if (!marksA || !marksB)
        {
            return credit;
        }

        return string.Equals(exactA, exactB, StringComparison.Ordinal)
            ? credit + weights.NameDiacriticBonus
            : credit * weights.NameDiacriticMismatch;
    }
}
