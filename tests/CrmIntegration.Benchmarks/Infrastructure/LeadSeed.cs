using System.Diagnostics;
using System.Globalization;
using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Benchmarks.Infrastructure;

/// <summary>
/// A database of generated leads, seeded once through core's <c>RecordService</c> (so values are
/// validated and audit fields set exactly as for a SOAP client) and cached under the bench data
/// directory, keyed by <see cref="Version"/> and the lead count. Benchmarks work on a copy.
/// </summary>
public sealed class LeadSeed
{
    /// <summary>Bump when the generated data changes, so stale caches are not reused.</summary>
    public const string Version = "v2";

    /// <summary>When the first lead was entered; one more every <see cref="Spacing"/>, so 100,000 span about 11 months.</summary>
    public static readonly DateTime FirstEntered = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly TimeSpan Spacing = TimeSpan.FromMinutes(5);

    private const int BatchSize = 5_000;
    private const string IdsFile = "lead-ids.txt";
    private const string SeedTimeFile = "seed-seconds.txt";

    private static readonly string[] FirstNames = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Lan", "Minh", "Ngọc", "Phúc", "Quân", "Thảo", "Trang", "Tuấn", "Vy"];
    /// <summary>Ten leads in a row take these statuses: most are New, as in a working pipeline.</summary>
    private static readonly string[] Statuses = ["New", "New", "New", "New", "Assigned", "Assigned", "In Process", "In Process", "Converted", "Recycled"];
    private static readonly string[] Sources = ["Cold Call", "Web Site", "Partner", "Trade Show", "Email", "Campaign"];
    private static readonly string[] Cities = ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"];

    private LeadSeed(string directory, string[] ids, double seedSeconds, bool reused)
    {
        Directory = directory;
        Ids = ids;
        SeedSeconds = seedSeconds;
        Reused = reused;
    }

    public string Directory { get; }

    /// <summary>The lead ids, in seeding order (index i has <see cref="LastName"/>(i)).</summary>
    public string[] Ids { get; }

    /// <summary>How long seeding took when the cache was made.</summary>
    public double SeedSeconds { get; }

    public bool Reused { get; }

    public static string LastName(int index) => "Lead" + index.ToString("D6", CultureInfo.InvariantCulture);

    public static string FirstName(int index) => FirstNames[index % FirstNames.Length];

    public static string Status(int index) => Statuses[index % Statuses.Length];

    public static string Email(int index) => $"lead{index}@example.vn";

    /// <summary>The lead's date_entered (UTC): seeding runs on a clock that moves <see cref="Spacing"/> per lead.</summary>
    public static DateTime Entered(int index) => FirstEntered + index * Spacing;

    /// <summary>The cached database for <paramref name="leads"/> leads, seeding it first if needed.</summary>
    public static LeadSeed Ensure(string dataDirectory, int leads)
    {
        var directory = Path.Combine(dataDirectory, $"leads-{leads}-{Version}");
        if (File.Exists(Path.Combine(directory, IdsFile)))
        {
            var seconds = double.Parse(File.ReadAllText(Path.Combine(directory, SeedTimeFile)), CultureInfo.InvariantCulture);
            return new LeadSeed(directory, File.ReadAllLines(Path.Combine(directory, IdsFile)), seconds, reused: true);
        }

        // Seed beside the cache and rename when complete, so an interrupted run leaves no half cache.
        var partial = directory + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        System.IO.Directory.CreateDirectory(partial);
        var stopwatch = Stopwatch.StartNew();
        var ids = Seed(Path.Combine(partial, CrmCoreOptions.DatabaseFileName), leads);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        File.WriteAllLines(Path.Combine(partial, IdsFile), ids);
        File.WriteAllText(Path.Combine(partial, SeedTimeFile), elapsed.ToString("F1", CultureInfo.InvariantCulture));
        System.IO.Directory.Move(partial, directory);
        return new LeadSeed(directory, ids, elapsed, reused: false);
    }

    /// <summary>
    /// Ensures the seeded database, says how it was obtained, and runs <paramref name="measure"/> on a
    /// throw-away copy of it (a benchmark's writes never reach the cached seed).
    /// </summary>
    public static async Task<bool> MeasureOnCopyAsync(
        string benchmark, string dataDirectory, int leads, TextWriter output, Func<LeadSeed, string, Task<bool>> measure)
    {
        var seed = Ensure(dataDirectory, leads);
        await output.WriteLineAsync(seed.Reused
            ? FormattableString.Invariant($"{benchmark} seeding: reused cached database of {seed.Ids.Length} leads (seeding took {seed.SeedSeconds:F1} s when made)")
            : FormattableString.Invariant($"{benchmark} seeding: {seed.Ids.Length} leads in {seed.SeedSeconds:F1} s ({seed.Ids.Length / seed.SeedSeconds:F0} leads/s; cached for later runs)"));

        var runDirectory = Path.Combine(Path.GetTempPath(), "crm-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            seed.CopyTo(runDirectory);
            return await measure(seed, runDirectory);
        }
        finally
        {
            System.IO.Directory.Delete(runDirectory, recursive: true);
        }
    }

    /// <summary>Copies the database (not the lock files) into <paramref name="target"/>.</summary>
    public void CopyTo(string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.db"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static string[] Seed(string databasePath, int leads)
    {
        // Leads entered over months, not all within the minute seeding takes, so a date range of a
        // week selects a week's leads (soap-query).
        var clock = new SeedClock(FirstEntered);
        using var core = CrmCore.Open(new CrmCoreOptions { DatabasePath = databasePath }, clock);
        core.UserAdmin.EnsureFirstAdmin(BenchServer.AdminPassword, out _);
        var admin = core.Users.Find(UserAdministration.FirstAdminId)!;
        var ids = new string[leads];
        for (var start = 0; start < leads; start += BatchSize)
        {
            var end = Math.Min(start + BatchSize, leads);

            // One transaction per batch: a commit per record would cost ~1.5 ms each (DESIGN.md).
            core.Store.InTransaction(() =>
            {
                for (var i = start; i < end; i++)
                {
                    clock.Now = Entered(i);
                    ids[i] = core.Records.Save(admin, "Leads", Values(i)).Id;
                }

                return 0;
            });
        }

        return ids;
    }

    private static Dictionary<string, string?> Values(int i) => new()
    {
        ["first_name"] = FirstName(i),
        ["last_name"] = LastName(i),
        ["title"] = i % 3 == 0 ? "Giám đốc" : "Trưởng phòng",
        ["account_name"] = $"Công ty {i / 10:D5}",
        ["email1"] = Email(i),
        ["phone_work"] = $"+8428{i:D7}",
        ["phone_mobile"] = $"+8490{i:D7}",
        ["status"] = Status(i),
        ["lead_source"] = Sources[i % Sources.Length],
        ["primary_address_street"] = $"{i % 500 + 1} Lê Lợi",
        ["primary_address_city"] = Cities[i % Cities.Length],
        ["primary_address_country"] = "Việt Nam",
        ["description"] = $"Generated lead {i} for the soap-read benchmark.",
    };

    /// <summary>The time seeding says it is.</summary>
    private sealed class SeedClock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
