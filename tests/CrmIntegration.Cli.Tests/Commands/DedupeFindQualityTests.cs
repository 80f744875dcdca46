using System.Globalization;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Matching.Evaluation;
using CrmIntegration.DedupeBench;
using Xunit.Abstractions;

namespace CrmIntegration.Cli.Tests.Commands;

/// <summary>
/// The quality bar measured on what an administrator runs: generated messy Vietnamese leads
/// with known clusters (scripts/dedupe/generate_leads.py) stored in a LiteDB file, then
/// <c>crm dedupe find Leads</c>, its JSON groups scored pairwise against the clusters, and the same
/// for <c>--rule email</c> (the plain exact-email baseline). 1M-row figures: scripts/bench.sh dedupe.
/// </summary>
public sealed class DedupeFindQualityTests(ITestOutputHelper output) : IDisposable
{
    private const int Count = 3000;
    private const int Seed = 11;

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task DedupeFind_OnGeneratedLeads_ReachesTheTargets_AndBeatsExactEmail()
    {
        var truth = StoreLeads(Generate());

        var found = Score(truth, await FoundGroups.FindAsync(_db.Path, "--against", "none"));
        var exactEmail = Score(truth, await FoundGroups.FindAsync(_db.Path, "--against", "none", "--rule", "email"));
        output.WriteLine($"crm dedupe find Leads: {found}");
        output.WriteLine($"--rule email:          {exactEmail}");

        Assert.True(found.TruePairs > Count / 2, $"only {found.TruePairs} duplicate pairs: the generator no longer makes clusters");
        Assert.True(found.Precision >= 0.99, $"precision {found.Precision:F4}");
        Assert.True(found.Recall >= 0.97, $"recall {found.Recall:F4}");
        Assert.True(exactEmail.Recall <= found.Recall - 0.1, $"exact email recall {exactEmail.Recall:F4} is not clearly below {found.Recall:F4}");
    }

    private static PairwiseScore Score(Dictionary<string, string> truth, FoundGroups groups) =>
        PairwiseEvaluation.Evaluate(truth, groups.Groups.Select(g => g.Ids));

    /// <summary>Stores the rows as leads and returns lead id → cluster.</summary>
    private Dictionary<string, string> StoreLeads(string csv)
    {
        var clusters = new List<int>();
        Directory.CreateDirectory(Path.GetDirectoryName(_db.Path)!);
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = _db.Path }))
        {
            core.Store.InsertMany(LabelledLeadsCsv.Read(csv, clusters).Select(r =>
            {
                r["date_entered"] = r["date_modified"] = "2025-06-01 08:00:00";
                return r;
            }).ToList());
        }

        Discard(csv);
        Assert.Equal(Count, clusters.Count);
        return Enumerable.Range(0, clusters.Count).ToDictionary(LabelledLeadsCsv.IdOf, i => clusters[i].ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The generated CSV, in a directory of its own under the temporary directory (<see cref="Discard"/> removes it).</summary>
    private static string Generate() =>
        LeadsDataSet.Ensure(LeadsDataSet.RepositoryRoot(), Path.Combine(Path.GetTempPath(), $"dedupe-find-quality-{Guid.NewGuid():N}"), Count, Seed, TextWriter.Null);

    private static void Discard(string csv) => Directory.Delete(Path.GetDirectoryName(csv)!, recursive: true);
}
