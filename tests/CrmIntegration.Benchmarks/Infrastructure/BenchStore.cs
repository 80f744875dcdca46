using System.Diagnostics;
using CrmIntegration.Core;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Storage.Transfer;
using CrmIntegration.PostgreSql.Tests.Infrastructure;
using static System.FormattableString;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// Where a benchmark's servers keep their data (<c>--store</c>): the run's copy of the seeded LiteDB
/// file, or a PostgreSQL database in a throwaway cluster of the run's own, loaded from that copy by
/// <c>crm db copy</c>'s transfer. The cluster keeps PostgreSQL's durability (fsync and synchronous
/// commit on), as LiteDB's commits are durable, so the two are compared on equal terms.
/// </summary>
public sealed class BenchStore : IAsyncDisposable
{
    public const string LiteDb = "litedb";
    public const string Postgres = "postgres";

    private readonly PostgresCluster? _cluster;

    private BenchStore(string kind, string runDirectory, PostgresCluster? cluster, string? connectionString)
    {
        Kind = kind;
        RunDirectory = runDirectory;
        _cluster = cluster;
        ConnectionString = connectionString;
    }

    /// <summary><see cref="LiteDb"/> or <see cref="Postgres"/>, as given to <c>--store</c>.</summary>
    public string Kind { get; }

    /// <summary>The run's directory: the LiteDB copy, and the data directory of every server of the run.</summary>
    public string RunDirectory { get; }

    /// <summary>The PostgreSQL database's connection string; null on LiteDB.</summary>
    public string? ConnectionString { get; }

    /// <summary>The prefix of the benchmark's output lines: the benchmark's name, and the store unless it is the default.</summary>
    public string Label(string benchmark) => Kind == LiteDb ? benchmark : $"{benchmark} [{Kind}]";

    /// <summary>The storage settings of a server on this store.</summary>
    public Dictionary<string, string?> Settings() => ConnectionString is null
        ? []
        : new() { ["Storage:Provider"] = StoreFactory.PostgreSql, ["Storage:ConnectionString"] = ConnectionString };

    /// <summary>The core over this store, for set-up before a server starts and checks after it.</summary>
    public CrmCoreOptions CoreOptions() => new()
    {
        DatabasePath = BenchServer.DatabasePath(RunDirectory),
        StorageProvider = ConnectionString is null ? StoreFactory.LiteDb : StoreFactory.PostgreSql,
        ConnectionString = ConnectionString ?? "",
    };

    /// <summary>
    /// Runs <paramref name="measure"/> once per store <c>--store</c> names, in that order, each on a
    /// fresh copy of the seeded leads, so their figures come from the same run of the benchmark.
    /// </summary>
    public static async Task<bool> MeasureOnEachAsync(
        string benchmark, BenchOptions options, string dataDirectory, TextWriter output, Func<LeadSeed, BenchStore, Task<bool>> measure)
    {
        var ok = true;
        foreach (var kind in options.Stores)
        {
            ok &= await LeadSeed.MeasureOnCopyAsync(benchmark, dataDirectory, options.Leads, output, async (seed, runDirectory) =>
            {
                await using var store = await OpenAsync(kind, runDirectory, $"{benchmark} [{kind}]", output);
                return await measure(seed, store);
            });
        }

        return ok;
    }

    /// <summary>The store of kind <paramref name="kind"/> over the seeded copy in <paramref name="runDirectory"/>; for PostgreSQL, says how long loading it took.</summary>
    public static async Task<BenchStore> OpenAsync(string kind, string runDirectory, string label, TextWriter output)
    {
        if (kind == LiteDb)
        {
            return new BenchStore(kind, runDirectory, null, null);
        }

        var clock = Stopwatch.StartNew();
        var cluster = await PostgresCluster.StartAsync(durable: true);
        try
        {
            var connectionString = await cluster.CreateDatabaseAsync("crm");
            using (var source = StoreFactory.Open(StoreFactory.LiteDb, BenchServer.DatabasePath(runDirectory), ModuleRegistry.Default))
            using (var target = StoreFactory.Open(StoreFactory.PostgreSql, BenchServer.DatabasePath(runDirectory), ModuleRegistry.Default, connectionString: connectionString))
            {
                var report = StoreTransfer.Copy(source, target, ModuleRegistry.Default);
                if (!report.Matches)
                {
                    throw new InvalidOperationException("the seeded database copied to PostgreSQL does not match the LiteDB file");
                }

                await output.WriteLineAsync(Invariant(
                    $"{label} store: a private PostgreSQL cluster on 127.0.0.1:{cluster.Port} (fsync on), loaded with {report.Records} records in {report.Copying.TotalSeconds:F1} s ({report.RecordsPerSecond:F0} records/s); ready after {clock.Elapsed.TotalSeconds:F1} s"));
            }

            return new BenchStore(kind, runDirectory, cluster, connectionString);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
