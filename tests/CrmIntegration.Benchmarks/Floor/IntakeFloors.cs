using CrmIntegration.Benchmarks.Infrastructure;
using static System.FormattableString;

namespace CrmIntegration.Benchmarks.Floor;

/// <summary>
/// The two floors under intake (<see cref="IStoreFloorService"/>), measured in the same process and
/// with the same number of clients and kind of leads as echo and <c>set_entry</c>: how fast a
/// durable <c>set_entry</c> can be with this store and no CRM work, and with no store at all. They
/// show how much of the gap to echo is intake's own work and how much the price of a durable write.
/// </summary>
public sealed class IntakeFloors
{
    private readonly string _benchmark;
    private readonly int _seededLeads;
    private readonly (IStoreFloorService Channel, LeadGenerator Leads)[] _clients;

    private IntakeFloors(string benchmark, int seededLeads, (IStoreFloorService, LeadGenerator)[] clients)
    {
        _benchmark = benchmark;
        _seededLeads = seededLeads;
        _clients = clients;
        Store = new Figure(benchmark, "store floor");
        Journal = new Figure(benchmark, "journal floor");
    }

    /// <summary><c>store_entry</c>: the fields stored as a Lead through the group commit and LiteDB, durable.</summary>
    public Figure Store { get; }

    /// <summary><c>journal_entry</c>: the fields appended to a file, one fsync per group.</summary>
    public Figure Journal { get; }

    public static IntakeFloors Open(string benchmark, BenchServer server, int clients, int seededLeads)
    {
        var factory = server.CreateFactory<IStoreFloorService>(StoreFloorService.Path, clients);
        var channels = Enumerable.Range(0, clients)
            .Select(i => (BenchServer.OpenChannel(factory), new LeadGenerator(i, "floor" + Environment.ProcessId)))
            .ToArray();
        return new IntakeFloors(benchmark, seededLeads, channels);
    }

    /// <summary>Measures both floors once; returns their run lines.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(int run, TimeSpan warmup, TimeSpan duration, long connections)
    {
        var store = await LoadRunner.RunAsync(_clients, c => c.Channel.StoreEntryAsync("session", "Leads", c.Leads.Next(_seededLeads)), warmup, duration);
        Store.Add(store);
        var journal = await LoadRunner.RunAsync(_clients, c => c.Channel.JournalEntryAsync("session", "Leads", c.Leads.Next(_seededLeads)), warmup, duration);
        Journal.Add(journal);
        return [Store.RunLine(run, store, connections), Journal.RunLine(run, journal, connections)];
    }

    /// <summary>The medians, each as a share of echo's median in the same runs.</summary>
    public IEnumerable<string> SummaryLines(double echoRate) =>
    [
        SummaryLine(Store, "set_entry's message stored as a Lead through the group commit, durable, no intake work", echoRate),
        SummaryLine(Journal, "set_entry's message appended to a file, one fsync per group, no store", echoRate),
    ];

    private string SummaryLine(Figure floor, string what, double echoRate) => Invariant(
        $"{_benchmark} {floor.Name} ({what}): {floor.MedianRate:F0} req/s = {Share(floor, echoRate)} of echo; ") + Invariant(
        $"p50 {floor.MedianP50Ms:F2} ms, p99 {floor.MedianP99Ms:F2} ms (median of {floor.Runs.Count} runs)");

    private static string Share(Figure figure, double echoRate) =>
        echoRate > 0 ? Invariant($"{100 * figure.MedianRate / echoRate:F1}%") : "-";
}
