using System.Diagnostics;
using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.DedupeBench;

namespace CrmIntegration.Benchmarks.Dedupe;

/// <summary>
/// The dedupe benchmark's inputs, made once and cached under the bench data directory: the labelled
/// CSV from scripts/dedupe/generate_leads.py (<see cref="LeadsDataSet"/>, named with a hash of the
/// generator) and a LiteDB store seeded from it under the same name.
/// </summary>
public sealed record DedupeData(string Csv, string Database)
{
    public const int Seed = 1;

    private const int BatchSize = 10_000;

    public static DedupeData Ensure(string repositoryRoot, string dataDirectory, int records, TextWriter log)
    {
        var csv = LeadsDataSet.Ensure(repositoryRoot, dataDirectory, records, Seed, log);
        var data = new DedupeData(csv, Path.ChangeExtension(csv, ".db"));
        if (!File.Exists(data.Database))
        {
            var clock = Stopwatch.StartNew();
            SeedStore(data.Csv, data.Database);
            log.WriteLine($"dedupe data: seeded the LiteDB store in {clock.Elapsed.TotalSeconds:F0} s (cached)");
        }

        return data;
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
