using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Matching.Evaluation;
using CrmIntegration.DedupeBench;
using Xunit.Abstractions;

namespace CrmIntegration.Core.Tests.Matching.Engine;

/// <summary>
/// Pairwise quality of the default Leads rules on 5,000 leads from scripts/dedupe/generate_leads.py
/// (fixed seed) against the generator's clusters, with a plain exact-email rule as the baseline.
/// The million-row figures come from <c>scripts/bench.sh dedupe</c>; this keeps the targets in CI.
/// </summary>
public class QualityTests(ITestOutputHelper output)
{
    private const int Count = 5000;
    private const int Seed = 7;

    [Fact]
    public void DefaultRules_OnGeneratedLeads_MeetTargets_AndBeatExactEmail()
    {
        var csv = Generate();
        try
        {
            var clusters = new List<int>();
            var result = RecordClustering.Find(LabelledLeadsCsv.Read(csv, clusters), new MatchingOptions().RulesFor("Leads"));
            var truth = Enumerable.Range(0, clusters.Count).ToDictionary(LabelledLeadsCsv.IdOf, i => clusters[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            var quality = PairwiseEvaluation.Evaluate(truth, result.Groups);
            var baseline = PairwiseEvaluation.Evaluate(truth,
                RecordClustering.Find(LabelledLeadsCsv.Read(csv, []), RuleSet.Named("exact-email", MatchRules.FromFields("email"))).Groups);
            output.WriteLine($"default rules: {quality}");
            output.WriteLine($"exact email:   {baseline}");

            Assert.Equal(Count, clusters.Count);
            Assert.True(quality.TruePairs > Count / 2, $"only {quality.TruePairs} duplicate pairs: the generator no longer makes clusters");
            Assert.True(quality.Precision >= 0.99, $"precision {quality.Precision:F4}");
            Assert.True(quality.Recall >= 0.97, $"recall {quality.Recall:F4}");
            // Missing emails, phones-only rows and invalid Gmail variants defeat an exact email rule.
            Assert.True(baseline.Recall <= quality.Recall - 0.1, $"exact email recall {baseline.Recall:F4} is not clearly below {quality.Recall:F4}");
        }
        finally
        {
            Discard(csv);
        }
    }

    [Fact]
    public void Evaluation_CountsPairsFromGroupSizes()
    {
        var truth = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2", ["e"] = "2" };

        var score = PairwiseEvaluation.Evaluate(truth, [new[] { "a", "b", "d" }, new[] { "c" }]);

        Assert.Equal((4L, 3L, 1L), (score.TruePairs, score.PredictedPairs, score.CorrectPairs));
        Assert.Equal(1.0 / 3, score.Precision, 6);
        Assert.Equal(0.25, score.Recall, 6);
    }

    /// <summary>The generated CSV, in a directory of its own under the temporary directory (<see cref="Discard"/> removes it).</summary>
    private static string Generate() =>
        LeadsDataSet.Ensure(LeadsDataSet.RepositoryRoot(), Path.Combine(Path.GetTempPath(), $"dedupe-quality-{Guid.NewGuid():N}"), Count, Seed, TextWriter.Null);

    private static void Discard(string csv) => Directory.Delete(Path.GetDirectoryName(csv)!, recursive: true);
}
