using System.Diagnostics;
using System.Globalization;
using CrmIntegration.Core;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Matching.Evaluation;
using CrmIntegration.Core.Records;

namespace CrmIntegration.DedupeBench;

/// <summary>
/// `crm dedupe find` on generated leads: records/s and peak memory of find (CSV streamed straight
/// into the finder), pairwise quality against the generator's clusters, the same for a plain
/// exact-email rule as the baseline, and with --store the cost of reading the leads back from a
/// LiteDB store (the real command's input) measured on its own.
/// </summary>
public static class DedupeBenchmark
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Figures are read by scripts: decimal points, whatever the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = BenchOptions.Parse(args);
        var root = LeadsDataSet.RepositoryRoot();
        var csv = options.Csv ?? LeadsDataSet.Ensure(root, options.Count, options.Seed, stderr);

        var clusters = new List<int>();
        var rules = new MatchingOptions().RulesFor("Leads");
        var clock = Stopwatch.StartNew();
        var result = RecordClustering.Find(LabelledLeadsCsv.Read(csv, clusters), rules);
        var seconds = clock.Elapsed.TotalSeconds;
        // Peak working set (VmHWM) so far: find is the first thing this process does.
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var records = result.Stats.Records;
        stderr.WriteLine(Phases(result.Stats));

        var truth = Truth(clusters);
        var quality = PairwiseEvaluation.Evaluate(truth, result.Groups);
        result = null;
        var baseline = options.Baseline
            ? PairwiseEvaluation.Evaluate(truth, RecordClustering.Find(LabelledLeadsCsv.Read(csv, []), RuleSet.Named("exact-email", MatchRules.FromFields("email"))).Groups)
            : null;
        stdout.WriteLine((
            $"dedupe find: {records} records in {seconds:F1} s = {records / seconds:F0} records/s, peak memory {peakMb:F0} MB, " +
            $"precision {quality.Precision:F4} recall {quality.Recall:F4} F1 {quality.F1:F4}" +
            (baseline is null ? "" : $" (exact-email baseline: precision {baseline.Precision:F4} recall {baseline.Recall:F4} F1 {baseline.F1:F4})")));

        if (options.Store)
        {
            StoreScan(root, csv, options, stdout, stderr);
        }

        return 0;
    }

    private static Dictionary<string, string> Truth(List<int> clusters)
    {
        var truth = new Dictionary<string, string>(clusters.Count, StringComparer.Ordinal);
        for (var row = 0; row < clusters.Count; row++)
        {
            truth[LabelledLeadsCsv.IdOf(row)] = clusters[row].ToString(CultureInfo.InvariantCulture);
        }

        return truth;
    }

    private static string Phases(ClusteringStats s) => (
        $"dedupe phases: profiles {s.Profiling.TotalSeconds:F1} s, blocking {s.BlockingTime.TotalSeconds:F1} s " +
        $"({s.Blocking.Keys} keys, {s.Blocking.Blocks} blocks, {s.Blocking.SkippedBlocks} oversized blocks skipped holding {s.Blocking.SkippedBlockRecords} keys, " +
        $"{s.Blocking.CandidatePairs} candidate pairs), scoring {s.Scoring.TotalSeconds:F1} s ({s.AcceptedPairs} accepted), " +
        $"grouping {s.Grouping.TotalSeconds:F1} s ({s.RefusedWeakLinks} weak links refused)");

    private static void StoreScan(string root, string csv, BenchOptions options, TextWriter stdout, TextWriter stderr)
    {
        var path = Path.Combine(root, ".artifacts", "bench", Path.GetFileNameWithoutExtension(csv) + ".db");
        if (!File.Exists(path))
        {
            Seed(path, csv, stderr);
        }

        using var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = path });
        var clock = Stopwatch.StartNew();
        var scanned = 0;
        foreach (var record in core.Store.Scan("Leads"))
        {
            scanned += record.Values.Count > 0 ? 1 : 0;
        }

        var scanSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var result = RecordClustering.Find(core.Store.Scan("Leads"), new MatchingOptions().RulesFor("Leads"));
        var total = clock.Elapsed.TotalSeconds;
        stdout.WriteLine((
            $"dedupe store: Scan(\"Leads\") of {scanned} records in {scanSeconds:F1} s = {scanned / scanSeconds:F0} records/s; " +
            $"find from the store {total:F1} s = {result.Stats.Records / total:F0} records/s ({result.Groups.Count} groups), " +
            $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }

    private static void Seed(string path, string csv, TextWriter stderr)
    {
        stderr.WriteLine($"dedupe: seeding {Path.GetFileName(path)} (once)...");
        var tmp = path + ".tmp";
        File.Delete(tmp);
        var clock = Stopwatch.StartNew();
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = tmp }))
        {
            foreach (var batch in LabelledLeadsCsv.Read(csv, []).Chunk(10_000))
            {
                core.Store.InsertMany(batch.Select(WithAuditFields));
            }
        }

        File.Move(tmp, path, overwrite: true);
        stderr.WriteLine($"dedupe: seeded in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static CrmRecord WithAuditFields(CrmRecord r)
    {
        r["date_entered"] = r["date_modified"] = "2024-01-01 00:00:00";
        return r;
    }
}
