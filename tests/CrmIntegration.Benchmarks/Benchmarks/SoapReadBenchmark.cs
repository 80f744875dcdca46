using System.Diagnostics;
using System.ServiceModel;
using CrmIntegration.Benchmarks.Echo;
using CrmIntegration.Benchmarks.Infrastructure;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using static System.FormattableString;

namespace CrmIntegration.Benchmarks.Benchmarks;

/// <summary>
/// <c>get_entry</c> of a random lead out of 100,000 by concurrent WCF clients, against a no-op
/// SoapCore operation in the same process as the baseline. Goal: at least half the echo rate.
/// </summary>
public sealed class SoapReadBenchmark : IBenchmark
{
    public const double GoalRatio = 0.50;

    /// <summary>A handful of fields, as an integration reading a lead would ask for.</summary>
    public static readonly string[] SelectFields = ["id", "first_name", "last_name", "email1", "phone_work", "status", "account_name"];

    public string Name => "soap-read";

    public string Description => "get_entry of random leads vs a no-op SoapCore echo, 16 WCF clients";

    public bool ChoosesStore => true;

    public Task<bool> RunAsync(BenchOptions options, string dataDirectory, TextWriter output) =>
        BenchStore.MeasureOnEachAsync(Name, options, dataDirectory, output,
            (seed, store) => MeasureAsync(options, seed, store, output));

    private async Task<bool> MeasureAsync(BenchOptions options, LeadSeed seed, BenchStore store, TextWriter output)
    {
        using var gauge = new ConnectionGauge();
        var startup = Stopwatch.StartNew();
        var label = store.Label(Name);
        await using var server = await BenchServer.StartAsync(store.RunDirectory, store.Settings());

        var echoFactory = server.CreateFactory<IEchoService>(EchoService.Path, options.Clients);
        var sugarFactory = server.CreateFactory<ISugarSoapService>(SoapServiceExtensions.SugarV41Path, options.Clients);
        var echoClients = Enumerable.Range(0, options.Clients).Select(_ => BenchServer.OpenChannel(echoFactory)).ToArray();
        var readClients = new List<ReadClient>();
        for (var i = 0; i < options.Clients; i++)
        {
            var channel = BenchServer.OpenChannel(sugarFactory);
            var login = await channel.LoginAsync(
                new UserAuth { UserName = "admin", Password = PasswordHasher.Md5Hex(BenchServer.AdminPassword) }, "bench", []);
            readClients.Add(new ReadClient(channel, login.Id!, new Random(i), seed.Ids));
        }

        if (await CheckAsync(readClients[0], seed) is { } problem)
        {
            await Console.Error.WriteLineAsync($"[ERROR] {label}: {problem}");
            return false;
        }

        await output.WriteLineAsync(Invariant(
            $"{label} setup: server started and {options.Clients} clients logged in in {startup.Elapsed.TotalSeconds:F1} s"));

        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var duration = TimeSpan.FromSeconds(options.DurationOr(20));
        var echo = new Figure(label, "echo");
        var read = new Figure(label, "get_entry");
        var payload = seed.Ids[0];

        Task EchoCall(IEchoService c) => c.EchoAsync(payload);
        Task ReadCall(ReadClient c) => c.GetRandomAsync(SelectFields);

        // Prime both paths once before run 1: tiered JIT needs a while to reach optimised code, and
        // without this the first figure measured (echo) came out at half its later rate.
        var primeEcho = await LoadRunner.RunAsync(echoClients, EchoCall, TimeSpan.Zero, warmup);
        var primeRead = await LoadRunner.RunAsync(readClients, ReadCall, TimeSpan.Zero, warmup);
        await output.WriteLineAsync(Invariant(
            $"{label} priming ({options.WarmupSeconds} s each, not counted): echo {primeEcho.RequestsPerSecond:F0} req/s, get_entry {primeRead.RequestsPerSecond:F0} req/s"));

        // Alternate the figures so that drift (other load on the machine, GC, disk cache) hits both.
        for (var run = 1; run <= options.Runs; run++)
        {
            var echoResult = await LoadRunner.RunAsync(echoClients, EchoCall, warmup, duration);
            echo.Add(echoResult);
            await output.WriteLineAsync(echo.RunLine(run, echoResult, gauge.Open));

            var readResult = await LoadRunner.RunAsync(readClients, ReadCall, warmup, duration);
            read.Add(readResult);
            await output.WriteLineAsync(read.RunLine(run, readResult, gauge.Open));
        }

        foreach (var figure in new[] { echo, read })
        {
            await output.WriteLineAsync(figure.RateLine(options.Clients));
            await output.WriteLineAsync(figure.LatencyLine());
            await output.WriteLineAsync(figure.CpuLine());
        }

        var ratio = echo.MedianRate > 0 ? read.MedianRate / echo.MedianRate : 0;
        await output.WriteLineAsync(Invariant($"{label} ratio: {ratio * 100:F1}% of echo (goal >= {GoalRatio * 100:F0}%)"));
        await output.WriteLineAsync(Invariant(
            $"{label} get_entry's own cost: {read.MedianCpuMicros - echo.MedianCpuMicros:F0} µs of CPU per request beyond echo's"));

        foreach (var figure in new[] { echo, read }.Where(f => f.Errors > 0))
        {
            var first = figure.Runs.Select(r => r.FirstError).First(e => e is not null)!;
            await Console.Error.WriteLineAsync($"[ERROR] {label} {figure.Name}: {figure.Errors} failed requests; first: {first.GetType().Name}: {first.Message}");
        }

        return echo.Errors == 0 && read.Errors == 0;
    }

    /// <summary>One get_entry before measuring: the right lead, the selected fields and nothing else.</summary>
    private static async Task<string?> CheckAsync(ReadClient client, LeadSeed seed)
    {
        var index = seed.Ids.Length / 2;
        var result = await client.Channel.GetEntryAsync(client.Session, "Leads", seed.Ids[index], SelectFields, [], false);
        var entry = result.EntryList is [var only] ? only : null;
        if (entry?.Id != seed.Ids[index] || entry.NameValueList.FirstOrDefault(nv => nv.Name == "last_name")?.Value != LeadSeed.LastName(index))
        {
            return $"get_entry of lead {seed.Ids[index]} did not return it (cache at {seed.Directory} may be stale; delete it)";
        }

        var names = entry.NameValueList.Select(nv => nv.Name).ToArray();
        return names.SequenceEqual(SelectFields) ? null : $"get_entry returned fields [{string.Join(", ", names)}], expected [{string.Join(", ", SelectFields)}]";
    }

    private sealed class ReadClient(ISugarSoapService channel, string session, Random random, string[] ids)
    {
        public ISugarSoapService Channel => channel;

        public string Session => session;

        public Task<GetEntryResultVersion2> GetRandomAsync(string[] selectFields) =>
            channel.GetEntryAsync(session, "Leads", ids[random.Next(ids.Length)], selectFields, [], false);
    }
}
