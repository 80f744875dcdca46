namespace CrmIntegration.Core.Matching.Evaluation;

/// <summary>
/// Scores found groups against labelled truth (record id → cluster label) by pairs, counted from
/// group sizes rather than enumerated, so a million records cost one pass. Records absent from
/// every group are singletons; ids without a label count as their own cluster.
/// </summary>
public static class PairwiseEvaluation
{
    public static PairwiseScore Evaluate(IReadOnlyDictionary<string, string> truth, IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(groups);
        var clusterSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in truth.Values)
        {
            clusterSizes[label] = clusterSizes.GetValueOrDefault(label) + 1;
        }

        long truePairs = 0;
        foreach (var size in clusterSizes.Values)
        {
            truePairs += Pairs(size);
        }

        long predicted = 0, correct = 0;
        var byLabel = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            byLabel.Clear();
            long size = 0;
            foreach (var id in group)
            {
                size++;
                if (truth.TryGetValue(id, out var label))
                {
                    byLabel[label] = byLabel.GetValueOrDefault(label) + 1;
                }
            }

            predicted += Pairs(size);
            foreach (var count in byLabel.Values)
            {
                correct += Pairs(count);
            }
        }

        return new PairwiseScore(truePairs, predicted, correct);
    }

    public static PairwiseScore Evaluate(IReadOnlyDictionary<string, string> truth, IEnumerable<RecordCluster> groups) =>
        Evaluate(truth, groups.Select(g => g.Members.Select(m => m.Id)));

    private static long Pairs(long n) => n * (n - 1) / 2;
}
