using System.Diagnostics;
using CrmIntegration.Benchmarks.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.Server.Soap.V41;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CrmIntegration.Benchmarks.Benchmarks;

/// <summary>
/// Where a <c>get_entry</c> spends its server-side time without SOAP or HTTP: each stage called
/// in a loop on one thread (session check, module lookup, store read, read with access check,
/// projection, and the whole service method). Microseconds per call; use it to judge a change
/// before measuring <c>soap-read</c>.
/// </summary>
public sealed class GetEntryStagesBenchmark : IBenchmark
{
    public string Name => "get-entry-stages";

    public string Description => "get_entry's server-side stages timed in-process, one thread, no SOAP";

    public async Task<bool> RunAsync(BenchOptions options, string dataDirectory, TextWriter output)
    {
        var seed = LeadSeed.Ensure(dataDirectory, options.Leads);
        var runDirectory = Path.Combine(Path.GetTempPath(), "crm-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            seed.CopyTo(runDirectory);
            await using var server = await BenchServer.StartAsync(runDirectory);
            var core = server.App.Services.GetRequiredService<CrmCore>();
            var service = server.App.Services.GetRequiredService<ISugarSoapService>();
            var session = core.Auth.Login("admin", Core.Security.PasswordHasher.Md5Hex(BenchServer.AdminPassword)).Id;
            var user = core.Auth.Validate(session);
            var module = core.Registry.Get("Leads");
            var random = new Random(1);
            string NextId() => seed.Ids[random.Next(seed.Ids.Length)];
            var record = core.Records.Get(user, "Leads", NextId())!;
            var fields = SoapReadBenchmark.SelectFields;

            (string Stage, Action Call)[] stages =
            [
                ("Auth.Validate", () => core.Auth.Validate(session)),
                ("Records.Module", () => core.Records.Module(user, "Leads")),
                ("Store.Get", () => core.Store.Get("Leads", NextId())),
                ("Records.Get", () => core.Records.Get(user, "Leads", NextId())),
                ("RecordService.Project", () => RecordService.Project(module, record, fields)),
                ("SugarSoapService.GetEntryAsync", () => service.GetEntryAsync(session, "Leads", NextId(), fields, [], false).GetAwaiter().GetResult()),
            ];

            // Warm the whole path first: JIT tiering and LiteDB's page cache (random ids touch many pages).
            Loop(stages[^1].Call, TimeSpan.FromSeconds(options.WarmupSeconds));
            var seconds = Math.Max(1, options.DurationOr(20) / stages.Length);
            foreach (var (stage, call) in stages)
            {
                var (calls, elapsed) = Loop(call, TimeSpan.FromSeconds(seconds));
                await output.WriteLineAsync(Invariant(
                    $"{Name} {stage}: {elapsed.TotalMicroseconds / calls:F2} µs/call ({calls / elapsed.TotalSeconds:F0} calls/s, one thread)"));
            }

            // The same call from several threads: the rate should not drop if the stages do not
            // contend. Failures are counted, not thrown: LiteDB 5's page cache has a known race
            // under concurrent reads (litedb-org/LiteDB#2817) that this loop can hit.
            var failures = 0L;
            foreach (var threads in new[] { Environment.ProcessorCount, options.Clients })
            {
                var totals = await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(
                    () =>
                    {
                        var own = new Random(t);
                        return Loop(
                            () =>
                            {
                                try
                                {
                                    service.GetEntryAsync(session, "Leads", seed.Ids[own.Next(seed.Ids.Length)], fields, [], false).GetAwaiter().GetResult();
                                }
                                catch (Exception e)
                                {
                                    if (Interlocked.Increment(ref failures) == 1)
                                    {
                                        Console.Error.WriteLine($"[ERROR] {Name}: first failure under {threads} threads: {e.GetType().Name}: {e.Message}");
                                    }
                                }
                            },
                            TimeSpan.FromSeconds(seconds));
                    },
                    TaskCreationOptions.LongRunning)));
                var rate = totals.Sum(r => r.Calls / r.Elapsed.TotalSeconds);
                await output.WriteLineAsync(Invariant(
                    $"{Name} SugarSoapService.GetEntryAsync x{threads} threads: {rate:F0} calls/s in all ({Environment.ProcessorCount} cores), {Interlocked.Read(ref failures)} failures so far"));
            }

            return failures == 0;
        }
        finally
        {
            Directory.Delete(runDirectory, recursive: true);
        }
    }

    private static (long Calls, TimeSpan Elapsed) Loop(Action call, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        long calls = 0;
        while (stopwatch.Elapsed < duration)
        {
            for (var i = 0; i < 100; i++)
            {
                call();
            }

            calls += 100;
        }

        return (calls, stopwatch.Elapsed);
    }
}
