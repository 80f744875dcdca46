using CrmIntegration.Benchmarks.Infrastructure;

namespace CrmIntegration.Benchmarks.Benchmarks;

/// <summary>Every benchmark, by name; <c>scripts/bench.sh</c> with no name runs them all in this order.</summary>
public static class BenchmarkCatalog
{
    private static readonly IBenchmark[] All = [new SoapReadBenchmark(), new SoapQueryBenchmark(), new GetEntryStagesBenchmark(), new IntakeBenchmark(), new DedupeBenchmark()];

    public static IEnumerable<string> Names => All.Select(b => $"{b.Name,-17} {b.Description}");

    /// <summary>Runs the named benchmark (or all); returns the process exit code.</summary>
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        var selected = options.Name is null ? All : All.Where(b => b.Name == options.Name).ToArray();
        if (selected.Length == 0)
        {
            await Console.Error.WriteLineAsync($"[ERROR] unknown benchmark '{options.Name}'; known: {string.Join(", ", All.Select(b => b.Name))}");
            return 2;
        }

        var chosenStore = options.Stores is not [BenchStore.LiteDb] || options.Instances > 1;
        if (chosenStore && selected.FirstOrDefault(b => !b.ChoosesStore) is { } fixedStore)
        {
            await Console.Error.WriteLineAsync(
                $"[ERROR] {fixedStore.Name} runs on LiteDB only; --store and --instances apply to {string.Join(" and ", All.Where(b => b.ChoosesStore).Select(b => b.Name))}");
            return 2;
        }

        var dataDirectory = options.DataDirectory ?? Path.Combine(RepositoryRoot(), ".artifacts", "bench");
        var ok = true;
        foreach (var benchmark in selected)
        {
            ok &= await benchmark.RunAsync(options, dataDirectory, output);
        }

        return ok ? 0 : 1;
    }

    /// <summary>The directory holding CrmIntegration.sln above the program, or the current directory.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmIntegration.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
