namespace CrmIntegration.Core.Matching.Evaluation;

/// <summary>Pairwise quality: every pair of records put in one group is a prediction.</summary>
public sealed record PairwiseScore(long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"precision {Precision:F4} recall {Recall:F4} F1 {F1:F4} (pairs: true {TruePairs}, found {PredictedPairs}, correct {CorrectPairs})";
}
