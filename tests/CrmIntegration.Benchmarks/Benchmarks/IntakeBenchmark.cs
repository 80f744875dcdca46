using System.Diagnostics;
using CrmIntegration.Benchmarks.Echo;
using CrmIntegration.Benchmarks.Floor;
using CrmIntegration.Benchmarks.Infrastructure;
using CrmIntegration.Core;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace CrmIntegration.Benchmarks.Benchmarks;

/// <summary>
/// Partner lead intake: concurrent WCF clients logged in as a partner submit new Leads with v4_1
/// <c>set_entry</c> (partner_ref idempotency lookup, duplicate check against the seeded leads,
/// round-robin assignment, notification mail queued, durable group commit), against the no-op
/// echo operation in the same process. After every run the leads stored must equal the
/// submissions acknowledged. Goals (issue "Partner lead intake"): ≥ 1,500 leads/s, ≥ 40% of echo,
/// p99 ≤ 50 ms.
/// </summary>
public sealed class IntakeBenchmark : IBenchmark
{
    public const double GoalRatio = 0.40;
    public const double GoalRate = 1_500;
    public const double GoalP99Ms = 50;

    private const int DefaultDurationSeconds = 30;
    private const string Partner = "bench-partner";
    private const string PartnerPassword = "Bench#Partner-2026";

    /// <summary>The sales team leads are handed to in turn; each has an address, so every lead queues a mail.</summary>
    private static readonly (string UserName, string Last, string First)[] Reps =
        [("an", "Phan Văn", "An"), ("binh", "Trần Thị", "Bình"), ("chi", "Lê Minh", "Chi"), ("dung", "Võ Quốc", "Dũng")];

    public string Name => "intake";

    public string Description => "set_entry of new Leads by a partner (full intake path, durable) vs echo, 16 WCF clients";

    public bool ChoosesStore => true;

    public Task<bool> RunAsync(BenchOptions options, string dataDirectory, TextWriter output) =>
        BenchStore.MeasureOnEachAsync(Name, options, dataDirectory, output,
            (seed, store) => MeasureAsync(options, seed, store, output));

    private async Task<bool> MeasureAsync(BenchOptions options, LeadSeed seed, BenchStore store, TextWriter output)
    {
        using var gauge = new ConnectionGauge();
        using var metrics = new CoreMetricTotals();
        var startup = Stopwatch.StartNew();
        var label = options.Instances > 1 ? $"{store.Label(Name)} x{options.Instances} instances" : store.Label(Name);

        // The assignment team names the reps: the server refuses to start while they do not exist.
        using (var setup = CrmCore.Open(store.CoreOptions()))
        {
            setup.UserAdmin.EnsureFirstAdmin(BenchServer.AdminPassword, out _);
            foreach (var (userName, last, first) in Reps)
            {
                setup.UserAdmin.Add(userName, PartnerPassword, UserRole.User, lastName: last, firstName: first, email: $"{userName}@hoasen.example.vn");
            }

            setup.UserAdmin.Add(Partner, PartnerPassword, UserRole.Partner, lastName: "Đối tác Sao Mai");
        }

        // Further instances share the database; each gets a data directory of its own, as on its own machine.
        await using var servers = new BenchServers();
        for (var i = 0; i < options.Instances; i++)
        {
            var directory = i == 0 ? store.RunDirectory : Path.Combine(store.RunDirectory, $"instance-{i + 1}");
            servers.Add(await BenchServer.StartAsync(directory, new Dictionary<string, string?>(Settings().Concat(store.Settings()))));
        }

        var server = servers[0];
        var core = server.App.Services.GetRequiredService<CrmCore>();
        var cores = servers.Select(s => s.App.Services.GetRequiredService<CrmCore>()).ToList();

        // The duplicate check must run against the full index from the first lead on.
        cores.ForEach(c => c.Duplicates.Warm());

        var echoFactory = server.CreateFactory<IEchoService>(EchoService.Path, options.Clients);
        var sugarFactories = servers.Select(s => s.CreateFactory<ISugarSoapService>(SoapServiceExtensions.SugarV41Path, options.Clients)).ToList();
        var echoClients = Enumerable.Range(0, options.Clients).Select(_ => BenchServer.OpenChannel(echoFactory)).ToArray();
        var tally = new IntakeTally();
        var intakeClients = new List<IntakeClient>();
        for (var i = 0; i < options.Clients; i++)
        {
            // Spread over the instances as a load balancer would, in turn.
            var channel = BenchServer.OpenChannel(sugarFactories[i % sugarFactories.Count]);
            var login = await channel.LoginAsync(new UserAuth { UserName = Partner, Password = PasswordHasher.Md5Hex(PartnerPassword) }, "bench", []);
            intakeClients.Add(new IntakeClient(channel, login.Id!, new LeadGenerator(i, "p" + Environment.ProcessId), seed.Ids.Length, tally));
        }

        if (await CheckAsync(intakeClients[0], core, seed) is { } problem)
        {
            await Console.Error.WriteLineAsync($"[ERROR] {label}: {problem}");
            return false;
        }

        await output.WriteLineAsync(Invariant(
            $"{label} setup: server started, duplicate index of {core.Duplicates.IndexedCount} records built, {options.Clients} partner clients logged in, in {startup.Elapsed.TotalSeconds:F1} s"));

        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var duration = TimeSpan.FromSeconds(options.DurationOr(DefaultDurationSeconds));
        var echo = new Figure(label, "echo");
        var intake = new Figure(label, "set_entry");
        var payload = seed.Ids[0];
        Task EchoCall(IEchoService c) => c.EchoAsync(payload);
        Task IntakeCall(IntakeClient c) => c.SubmitAsync();

        var primeEcho = await LoadRunner.RunAsync(echoClients, EchoCall, TimeSpan.Zero, warmup);
        var primeIntake = await LoadRunner.RunAsync(intakeClients, IntakeCall, TimeSpan.Zero, warmup);
        await output.WriteLineAsync(Invariant(
            $"{label} priming ({options.WarmupSeconds} s each, not counted): echo {primeEcho.RequestsPerSecond:F0} req/s, set_entry {primeIntake.RequestsPerSecond:F0} leads/s"));

        // The floors measure one server's path to its store; with several instances they would measure only one of them.
        var floors = options.Instances == 1 ? IntakeFloors.Open(label, server, options.Clients, seed.Ids.Length) : null;
        var countsOk = true;
        var batchMeans = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var echoResult = await LoadRunner.RunAsync(echoClients, EchoCall, warmup, duration);
            echo.Add(echoResult);
            await output.WriteLineAsync(echo.RunLine(run, echoResult, gauge.Open));

            var leadsBefore = core.Store.Count("Leads");
            var acknowledgedBefore = tally.Acknowledged;
            var (batchesBefore, itemsBefore) = CommitCounts(cores);
            metrics.Reset();
            var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Paused: GC.GetTotalPauseDuration());
            var intakeResult = await LoadRunner.RunAsync(intakeClients, IntakeCall, warmup, duration);
            var gcLine = Invariant(
                $"{label} run {run} garbage collections (warm-up included): {GC.CollectionCount(0) - gcBefore.Gen0} ({GC.CollectionCount(1) - gcBefore.Gen1} reaching gen1, {GC.CollectionCount(2) - gcBefore.Gen2} gen2), ") + Invariant(
                $"{(GC.GetTotalPauseDuration() - gcBefore.Paused).TotalMilliseconds:F0} ms paused; DOTNET_GCgen0size={Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "(default)"}");
            intake.Add(intakeResult);
            await output.WriteLineAsync(intake.RunLine(run, intakeResult, gauge.Open));

            var stored = core.Store.Count("Leads") - leadsBefore;
            var acknowledged = tally.Acknowledged - acknowledgedBefore;
            var (batches, items) = CommitCounts(cores);
            var meanBatch = batches > batchesBefore ? (double)(items - itemsBefore) / (batches - batchesBefore) : 0;
            batchMeans.Add(meanBatch);
            countsOk &= stored == acknowledged;
            await output.WriteLineAsync(Invariant(
                $"{label} run {run} count check: {stored} leads stored, {acknowledged} submissions acknowledged (warm-up included) — {(stored == acknowledged ? "equal" : "MISMATCH")}; ") + Invariant(
                $"{batches - batchesBefore} group commits, {meanBatch:F1} leads per commit on average"));
            await output.WriteLineAsync(StageLine(label, run, metrics.Snapshot()));
            await output.WriteLineAsync(gcLine);
        }

        // After every intake run: the store floor adds leads by the hundred thousand, which would
        // change the database the next intake run starts from.
        for (var run = 1; floors is not null && run <= options.Runs; run++)
        {
            foreach (var line in await floors.RunAsync(run, warmup, duration, gauge.Open))
            {
                await output.WriteLineAsync(line);
            }
        }

        // The SOAP share of an intake call: a no-op with set_entry's parameters and one generated lead.
        var sample = new LeadGenerator(99, "echo").Next(seed.Ids.Length);
        var entryEcho = await LoadRunner.RunAsync(echoClients, c => c.EchoEntryAsync("session", "Leads", sample), warmup, duration);
        var sessionCheck = TimeValidate(core, intakeClients[0].Session);
        var work = IntakeWork.Time(core, core.Users.Find(core.Users.FindByUserName(Partner)!.Id)!, seed.Ids.Length);

        foreach (var figure in new[] { echo, intake })
        {
            await output.WriteLineAsync(figure.RateLine(options.Clients));
            await output.WriteLineAsync(figure.LatencyLine());
            await output.WriteLineAsync(figure.CpuLine());
        }

        var ratio = echo.MedianRate > 0 ? intake.MedianRate / echo.MedianRate : 0;
        var p99 = intake.MedianP99Ms;
        await output.WriteLineAsync(Invariant($"{label} leads/s: {intake.MedianRate:F0} (goal >= {GoalRate:F0}) — {(intake.MedianRate >= GoalRate ? "met" : "NOT met")}"));
        await output.WriteLineAsync(Invariant($"{label} ratio: {ratio * 100:F1}% of echo (goal >= {GoalRatio * 100:F0}%) — {(ratio >= GoalRatio ? "met" : "NOT met")}"));
        await output.WriteLineAsync(Invariant($"{label} p99: {p99:F2} ms (goal <= {GoalP99Ms:F0} ms) — {(p99 <= GoalP99Ms ? "met" : "NOT met")}"));
        await output.WriteLineAsync(Invariant(
            $"{label} batch size: {Figure.Median(batchMeans):F1} leads per group commit (median of runs); duplicate warnings {tally.DuplicateWarnings} of {tally.Acknowledged} leads ({tally.Generated} generated to repeat a seeded lead)"));
        await output.WriteLineAsync(Invariant(
            $"{label} SOAP share: echo_entry (set_entry's message, no work) {entryEcho.RequestsPerSecond:F0} req/s, p50 {entryEcho.P50Ms:F2} ms, p99 {entryEcho.P99Ms:F2} ms; session check {sessionCheck:F2} µs"));
        foreach (var line in floors?.SummaryLines(echo.MedianRate) ?? [])
        {
            await output.WriteLineAsync(line);
        }

        await output.WriteLineAsync(Invariant(
            $"{label} work per lead (one thread, in process, no SOAP, no store write, median of 5 × 2,000 leads): validation, normalisation and match keys {work.Prepare:F1} µs; duplicate check {work.Check:F1} µs with {core.Duplicates.IndexedCount} records indexed"));
        await output.WriteLineAsync(Invariant($"{label} count check: {(countsOk ? "passed in every run" : "FAILED")}"));

        var ok = countsOk;
        if (tally.NotNotified > 0 || tally.Resubmitted > 0)
        {
            await Console.Error.WriteLineAsync($"[ERROR] {label}: {tally.NotNotified} leads whose rep was not notified, {tally.Resubmitted} taken as resubmissions; every lead should be new and notified");
            ok = false;
        }

        foreach (var figure in new[] { echo, intake, floors?.Store, floors?.Journal }.OfType<Figure>().Where(f => f.Errors > 0))
        {
            var first = figure.Runs.Select(r => r.FirstError).First(e => e is not null)!;
            await Console.Error.WriteLineAsync($"[ERROR] {label} {figure.Name}: {figure.Errors} failed requests; first: {first.GetType().Name}: {first.Message}");
            ok = false;
        }

        if (!countsOk)
        {
            await Console.Error.WriteLineAsync($"[ERROR] {label}: leads stored differ from submissions acknowledged");
        }

        return ok;
    }

    /// <summary>Group commits and the leads in them, over every instance.</summary>
    private static (long Batches, long Items) CommitCounts(IEnumerable<CrmCore> cores) =>
        cores.Select(c => c.Committer.Counts).Aggregate((0L, 0L), (sum, c) => (sum.Item1 + c.Batches, sum.Item2 + c.Items));

    /// <summary>Intake as configured in production, except the delivery job, which would measure mail delivery too.</summary>
    private static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Intake:Assignment:DefaultTeam"] = "sales",
            ["Mail:From"] = "CRM Hoa Sen <crm@hoasen.example.vn>",
            ["Scheduling:Jobs:mail-delivery:Enabled"] = "false",
        };
        for (var i = 0; i < Reps.Length; i++)
        {
            settings[$"Intake:Assignment:Teams:sales:{i}"] = Reps[i].UserName;
        }

        return settings;
    }

    /// <summary>One lead before measuring: stored, assigned to a rep, its mail queued; one repeat of a seeded lead warned about.</summary>
    private static async Task<string?> CheckAsync(IntakeClient client, CrmCore core, LeadSeed seed)
    {
        var result = await client.Channel.SetEntryAsync(client.Session, "Leads",
            [new("last_name", "Nguyễn"), new("first_name", "Thị Hồng Nhung"), new("email1", "nhung.check@gmail.com"), new("partner_ref", "CHECK-1")]);
        var lead = result.Id is { Length: > 0 } id ? core.Store.Get("Leads", id) : null;
        var rep = lead is null ? null : core.Users.Find(lead["assigned_user_id"]);
        if (lead is null || rep is null || !Reps.Any(r => r.UserName == rep.UserName) || lead["status"] != "Assigned")
        {
            return $"the check lead was not stored and assigned to a rep (id {result.Id}, assigned to {rep?.UserName ?? "nobody"})";
        }

        if (!core.Store.ListMail(null, 10).Any(m => m.RecordId == lead.Id))
        {
            return "no notification mail was queued for the check lead";
        }

        var duplicate = await client.Channel.SetEntryAsync(client.Session, "Leads",
            [new("last_name", "Trần"), new("email1", "LEAD7@example.vn"), new("partner_ref", "CHECK-2")]);
        return duplicate.Warnings?.Any(w => w.Contains(seed.Ids[7], StringComparison.Ordinal)) == true
            ? null
            : $"a lead with seeded lead 7's email drew no warning naming {seed.Ids[7]} (warnings: {string.Join("; ", duplicate.Warnings ?? [])})";
    }

    private static string StageLine(string label, int run, IReadOnlyDictionary<string, (long Count, double Sum, double Max)> totals)
    {
        string Mean(string key) => totals.TryGetValue(key, out var t) && t.Count > 0 ? Invariant($"{t.Sum / t.Count:F3}") : "-";
        string Max(string key) => totals.TryGetValue(key, out var t) && t.Count > 0 ? Invariant($"{t.Max:F1}") : "-";
        const string stage = Core.Diagnostics.CoreMetrics.IntakeStageDuration + "/";
        const string phase = Core.Diagnostics.CoreMetrics.GroupCommitPhaseDuration + "/";
        var batch = totals.GetValueOrDefault(Core.Diagnostics.CoreMetrics.GroupCommitBatchSize);
        var work = totals.GetValueOrDefault(phase + "work");
        var perLead = batch.Sum > 0 ? Invariant($"{work.Sum / batch.Sum:F3}") : "-";
        return Invariant(
            $"{label} run {run} stages (mean ms per lead, on the committer thread): partner_ref {Mean(stage + "partner_ref")}, duplicates {Mean(stage + "duplicates")}, ") + Invariant(
            $"assignment {Mean(stage + "assignment")}, save with its assignment mail {Mean(stage + "save")}; committer work {perLead} per lead; ") + Invariant(
            $"per commit (ms): work {Mean(phase + "work")}, commit {Mean(phase + "commit")} (max {Max(phase + "commit")}), written {Mean(phase + "written")}, durable {Mean(phase + "durable")} (in the background), whole batch {Mean(phase + "batch")}; ") + Invariant(
            $"batch size mean {(batch.Count > 0 ? batch.Sum / batch.Count : 0):F1} max {batch.Max:F0}; per lead: queued {Mean(phase + "queued")}, submit→ack {Mean(stage + "submit")}");
    }

    /// <summary>Microseconds per session check (what every SOAP call pays first), one thread.</summary>
    private static double TimeValidate(CrmCore core, string session)
    {
        const int calls = 100_000;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            core.Auth.Validate(session);
        }

        return stopwatch.Elapsed.TotalMicroseconds / calls;
    }

    /// <summary>Acknowledged submissions and what their receipts said, over all clients.</summary>
    private sealed class IntakeTally
    {
        private long _acknowledged;
        private long _duplicateWarnings;
        private long _notNotified;
        private long _resubmitted;
        private long _generated;

        public long Acknowledged => Interlocked.Read(ref _acknowledged);

        public long DuplicateWarnings => Interlocked.Read(ref _duplicateWarnings);

        public long NotNotified => Interlocked.Read(ref _notNotified);

        public long Resubmitted => Interlocked.Read(ref _resubmitted);

        public long Generated => Interlocked.Read(ref _generated);

        public void Add(NewSetEntryResult result, bool repeatsSeeded)
        {
            Interlocked.Increment(ref _acknowledged);
            if (repeatsSeeded)
            {
                Interlocked.Increment(ref _generated);
            }

            foreach (var warning in result.Warnings ?? [])
            {
                if (warning.StartsWith("possible duplicate", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _duplicateWarnings);
                    break;
                }
            }

            if (result.Warnings?.Any(w => w.Contains("not notified", StringComparison.Ordinal)) == true)
            {
                Interlocked.Increment(ref _notNotified);
            }

            if (result.Warnings?.Any(w => w.Contains("submitted before", StringComparison.Ordinal)) == true)
            {
                Interlocked.Increment(ref _resubmitted);
            }
        }
    }

    private sealed class IntakeClient(ISugarSoapService channel, string session, LeadGenerator leads, int seededLeads, IntakeTally tally)
    {
        public ISugarSoapService Channel => channel;

        public string Session => session;

        public async Task SubmitAsync()
        {
            var duplicatesBefore = leads.Duplicates;
            var lead = leads.Next(seededLeads);
            var result = await channel.SetEntryAsync(session, "Leads", lead);
            if (string.IsNullOrEmpty(result.Id))
            {
                throw new InvalidOperationException("set_entry answered without an id");
            }

            tally.Add(result, leads.Duplicates > duplicatesBefore);
        }
    }
}
