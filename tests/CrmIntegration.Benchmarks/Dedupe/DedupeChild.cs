using System.Diagnostics;
using System.Globalization;
using CrmIntegration.Core;
using CrmIntegration.Core.Matching;
using CrmIntegration.Core.Matching.Evaluation;
using CrmIntegration.Core.Records;
using CrmIntegration.DedupeBench;

namespace CrmIntegration.Benchmarks.Dedupe;

/// <summary>
/// One measurement of the dedupe benchmark, run in a fresh process (<c>crm-bench --dedupe-child
/// mode path</c>) so its peak working set is that of find alone, not of the generator, the seeding
/// or an earlier run. Prints one line of <c>key=value</c> figures for the parent to collect.
/// </summary>
public static class DedupeChild
{
    public const string Verb = "--dedupe-child";

    /// <summary>Records streamed from the CSV into find: matching without the store.</summary>
    public const string Csv = "csv";

    /// <summary>What <c>crm dedupe find Leads</c> does: every lead read from the LiteDB store, then find.</summary>
    public const string Store = "store";

    /// <summary>Reading the leads from the store alone.</summary>
    public const string Scan = "scan";

    /// <summary>Pairwise quality of the default rules and of exact email, against the labels.</summary>
    public const string Quality = "quality";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        if (args.Count != 2)
        {
            throw new ArgumentException($"usage: {Verb} {Csv}|{Store}|{Scan}|{Quality} <file>");
        }

        var (mode, path) = (args[0], args[1]);
        var clock = Stopwatch.StartNew();
        var figures = mode switch
        {
            Csv => Find(LabelledLeadsCsv.Read(path, []), clock),
            Store => FromStore(path, core => Find(core.Store.Scan("Leads"), clock)),
            Scan => FromStore(path, core => ScanOnly(core, clock)),
            Quality => Evaluate(path),
            _ => throw new ArgumentException($"unknown dedupe child mode '{mode}'"),
        };
        stdout.WriteLine(string.Join(' ', figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}={f.Value}"))));
        return 0;
    }

    private static Dictionary<string, double> Find(IEnumerable<CrmRecord> records, Stopwatch clock)
    {
        var result = RecordClustering.Find(records, new MatchingOptions().RulesFor("Leads"));
        var seconds = clock.Elapsed.TotalSeconds;
        var s = result.Stats;
        return new()
        {
            ["records"] = s.Records,
            ["seconds"] = seconds,
            ["peak_mb"] = PeakMegabytes(),
            ["groups"] = result.Groups.Count,
            ["profiles_s"] = s.Profiling.TotalSeconds,
            ["blocking_s"] = s.BlockingTime.TotalSeconds,
            ["scoring_s"] = s.Scoring.TotalSeconds,
            ["grouping_s"] = s.Grouping.TotalSeconds,
            ["candidates"] = s.Blocking.CandidatePairs,
            ["accepted"] = s.AcceptedPairs,
        };
    }

    private static Dictionary<string, double> ScanOnly(CrmCore core, Stopwatch clock)
    {
        var records = 0;
        foreach (var record in core.Store.Scan("Leads"))
        {
            records += record.Values.Count > 0 ? 1 : 0;
        }

        return new() { ["records"] = records, ["seconds"] = clock.Elapsed.TotalSeconds, ["peak_mb"] = PeakMegabytes() };
    }

    private static Dictionary<string, double> FromStore(string database, Func<CrmCore, Dictionary<string, double>> measure)
    {
        using var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = database });
        return measure(core);
    }

    private static Dictionary<string, double> Evaluate(string csv)
    {
        var clusters = new List<int>();
        var found = RecordClustering.Find(LabelledLeadsCsv.Read(csv, clusters), new MatchingOptions().RulesFor("Leads")).Groups;
        var truth = new Dictionary<string, string>(clusters.Count, StringComparer.Ordinal);
        for (var row = 0; row < clusters.Count; row++)
        {
            truth[LabelledLeadsCsv.IdOf(row)] = clusters[row].ToString(CultureInfo.InvariantCulture);
        }

        var quality = PairwiseEvaluation.Evaluate(truth, found);
        var exactEmail = RuleSet.Named("exact-email", MatchRules.FromFields("email"));
        var baseline = PairwiseEvaluation.Evaluate(truth, RecordClustering.Find(LabelledLeadsCsv.Read(csv, []), exactEmail).Groups);
        return new()
        {
            ["records"] = clusters.Count,
            ["true_pairs"] = quality.TruePairs,
            ["precision"] = quality.Precision,
            ["recall"] = quality.Recall,
            ["f1"] = quality.F1,
            ["baseline_precision"] = baseline.Precision,
            ["baseline_recall"] = baseline.Recall,
            ["baseline_f1"] = baseline.F1,
        };
    }

    // VmHWM on Linux: the most resident memory this process has had, read right after find returns.
    private static double PeakMegabytes() => Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
}
