using System.Globalization;
using System.Text;

namespace CrmIntegration.Benchmarks;

/// <summary>Command-line options shared by every benchmark.</summary>
public sealed record BenchOptions
{
    public string? Name { get; init; }

    /// <summary>Measured seconds per figure and run; null: the benchmark's own default (<see cref="DurationOr"/>).</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>Seconds of load before measuring starts (JIT, connection set-up, caches).</summary>
    public int WarmupSeconds { get; init; } = 5;

    public int Clients { get; init; } = 16;

    /// <summary>Runs per figure; the summary reports their median.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Leads in the seeded database (100,000 in the issue; smaller for a quick smoke run).</summary>
    public int Leads { get; init; } = 100_000;

    /// <summary>Generated leads the <c>dedupe</c> benchmark matches (the issue's goal is stated for 1,000,000).</summary>
    public int DedupeRecords { get; init; } = 1_000_000;

    /// <summary>Where seeded databases are cached; default: the repository's ignored <c>.artifacts/bench</c>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The stores <c>intake</c> and <c>soap-read</c> run on, one after the other in the same run (<c>--store litedb,postgres</c>).</summary>
    public IReadOnlyList<string> Stores { get; init; } = [Infrastructure.BenchStore.LiteDb];

    /// <summary>Server instances sharing the database in <c>intake</c> (PostgreSQL only: LiteDB has one writer); the clients are spread over them.</summary>
    public int Instances { get; init; } = 1;

    public bool Help { get; init; }

    /// <summary>The measured seconds asked for, else <paramref name="defaultSeconds"/> (20 for most benchmarks, 30 for intake).</summary>
    public int DurationOr(int defaultSeconds) => DurationSeconds ?? defaultSeconds;

    /// <exception cref="BenchUsageException">An unknown option or a value that is not a positive number.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "-h" or "--help" => options with { Help = true },
                "--duration" => options with { DurationSeconds = Positive(arg, Value(args, ++i, arg)) },
                "--warmup" => options with { WarmupSeconds = NonNegative(arg, Value(args, ++i, arg)) },
                "--clients" => options with { Clients = Positive(arg, Value(args, ++i, arg)) },
                "--runs" => options with { Runs = Positive(arg, Value(args, ++i, arg)) },
                "--leads" => options with { Leads = Positive(arg, Value(args, ++i, arg)) },
                "--records" => options with { DedupeRecords = Positive(arg, Value(args, ++i, arg)) },
                "--data-dir" => options with { DataDirectory = Value(args, ++i, arg) },
                "--store" => options with { Stores = StoreList(arg, Value(args, ++i, arg)) },
                "--instances" => options with { Instances = Positive(arg, Value(args, ++i, arg)) },
                _ when arg.StartsWith('-') => throw new BenchUsageException($"unknown option {arg}"),
                _ when options.Name is null => options with { Name = arg },
                _ => throw new BenchUsageException($"only one benchmark name may be given (got '{options.Name}' and '{arg}')"),
            };
        }

        if (options.Instances > 1 && options.Stores.Contains(Infrastructure.BenchStore.LiteDb))
        {
            throw new BenchUsageException("--instances above 1 needs --store postgres: a LiteDB file has one writer, one server");
        }

        return options;
    }

    public static string Usage(IEnumerable<string> benchmarks)
    {
        var text = new StringBuilder();
        text.AppendLine("usage: scripts/bench.sh [name] [--duration s] [--warmup s] [--clients n] [--runs n] [--leads n] [--records n] [--data-dir dir] [--store litedb|postgres|litedb,postgres] [--instances n]");
        text.AppendLine("benchmarks (default: all):");
        foreach (var name in benchmarks)
        {
            text.AppendLine($"  {name}");
        }

        text.AppendLine("defaults: --duration 20 (intake: 30) --warmup 5 --clients 16 --runs 3 --leads 100000 --records 1000000 --data-dir <repo>/.artifacts/bench --store litedb --instances 1");
        text.Append("--store and --instances apply to intake and soap-read; postgres runs on a private throwaway cluster (Debian's postgresql package)");
        return text.ToString();
    }

    private static string[] StoreList(string option, string value)
    {
        var stores = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = new[] { Infrastructure.BenchStore.LiteDb, Infrastructure.BenchStore.Postgres };
        return stores.Length > 0 && stores.All(known.Contains) && stores.Distinct().Count() == stores.Length
            ? stores
            : throw new BenchUsageException($"{option} takes {string.Join(", ", known)} or both separated by a comma, not '{value}'");
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new BenchUsageException($"{option} needs a value");

    private static int Positive(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new BenchUsageException($"{option} must be a positive whole number, not '{value}'");

    private static int NonNegative(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new BenchUsageException($"{option} must be a whole number, not '{value}'");
}
