using System.Diagnostics;
using System.Security.Cryptography;
using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.DedupeBench;

namespace CrmIntegration.Benchmarks.Dedupe;

/// <summary>
/// The dedupe benchmark's inputs, made once and cached under the bench data directory: the labelled
/// CSV from scripts/dedupe/generate_leads.py and a LiteDB store seeded from it. File names carry a
/// hash of the generator, so changing the generator regenerates instead of reusing stale data.
/// </summary>
public sealed record DedupeData(string Csv, string Database)
{
    public const int Seed = 1;

    private const int BatchSize = 10_000;

    public static DedupeData Ensure(string repositoryRoot, string dataDirectory, int records, TextWriter log)
    {
        Directory.CreateDirectory(dataDirectory);
        var generator = Path.Combine(repositoryRoot, "scripts", "dedupe", "generate_leads.py");
        var stem = Path.Combine(dataDirectory, $"dedupe-leads-{records}-s{Seed}-{GeneratorHash(generator)}");
        var data = new DedupeData(stem + ".csv", stem + ".db");
        if (!File.Exists(data.Csv))
        {
            var clock = Stopwatch.StartNew();
            Generate(generator, records, data.Csv);
            log.WriteLine($"dedupe data: generated {records} leads in {clock.Elapsed.TotalSeconds:F0} s (cached)");
        }

        if (!File.Exists(data.Database))
        {
            var clock = Stopwatch.StartNew();
            SeedStore(data.Csv, data.Database);
            log.WriteLine($"dedupe data: seeded the LiteDB store in {clock.Elapsed.TotalSeconds:F0} s (cached)");
        }

        return data;
    }

    private static string GeneratorHash(string generator) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(generator)))[..8];

    private static void Generate(string generator, int records, string csv)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var tmp = csv + ".tmp";
        var start = new ProcessStartInfo(python) { RedirectStandardError = true };
        foreach (var arg in new[] { generator, "--count", $"{records}", "--seed", $"{Seed}", "--out", tmp })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {python}");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"generate_leads.py failed ({process.ExitCode}): {errors}");
        }

        File.Move(tmp, csv, overwrite: true);
    }

    // Bulk inserts straight into the store (the import path's speed is not what is measured here);
    // seeded beside the cache and renamed when complete, so an interrupted run leaves no half store.
    private static void SeedStore(string csv, string database)
    {
        var tmp = database + ".tmp";
        File.Delete(tmp);
        using (var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = tmp }))
        {
            foreach (var batch in LabelledLeadsCsv.Read(csv, []).Chunk(BatchSize))
            {
                core.Store.InsertMany(batch.Select(WithAuditFields));
            }
        }

        File.Move(tmp, database, overwrite: true);
    }

    private static CrmRecord WithAuditFields(CrmRecord record)
    {
        record["date_entered"] = record["date_modified"] = "2024-01-01 00:00:00";
        return record;
    }
}
